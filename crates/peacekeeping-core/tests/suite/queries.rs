//! The questions a dataset answers "as of" a date or over a period.
//!
//! Dates of real organizations and missions are the commonly cited ones and only set the
//! scene; what is tested is the semantics of the queries. Every personnel figure is
//! synthetic and belongs to a made-up contributor (`contributor-a`, ...) in a made-up
//! mission (`mission-a`, ...).

use peacekeeping_core::*;

use crate::common::{
    between, build, d, id, since, synthetic_contributor, synthetic_mission, troops,
};

fn organization(key: &str, name: &str) -> Actor {
    Actor::new(id(key), name, ActorKind::RegionalOrganization)
}

fn mission(key: &str, name: &str, kind: MissionKind, period: Period) -> Mission {
    Mission::new(id(key), name, kind, period)
}

fn membership(member: &str, org: &str, period: Period, status: MembershipStatus) -> Membership {
    Membership::new(id(member), id(org), period, status)
}

fn report(contributor: &str, mission: &str, date: &str, personnel: Personnel) -> Contribution {
    Contribution::personnel(id(contributor), id(mission), d(date), personnel)
}

fn police(n: u32) -> Personnel {
    Personnel::of(
        PersonnelCategory::IndividualPolice,
        Headcount::total_only(n),
    )
}

fn fixture() -> Dataset {
    let mut b = Dataset::builder();
    b.actor(Actor::new(
        id("UN"),
        "United Nations",
        ActorKind::UnitedNations,
    ))
    .actor(organization("AU", "African Union").with_existence(since("2002-07-09")))
    .actor(organization("EU", "European Union").with_existence(since("1993-11-01")))
    .actor(
        organization("OAS", "Organization of American States")
            .with_alias("OEA")
            .with_alias("Organización de los Estados Americanos"),
    )
    .actor(Actor::state(id("FRA"), "France").unwrap())
    .actor(
        Actor::state(id("GBR"), "United Kingdom")
            .unwrap()
            .with_alias("UK"),
    )
    .actor(Actor::state(id("HND"), "Honduras").unwrap())
    .actor(Actor::state(id("MLI"), "Mali").unwrap())
    .actor(Actor::state(id("SOM"), "Somalia").unwrap())
    .actor(
        Actor::state(id("COD"), "Democratic Republic of the Congo")
            .unwrap()
            .with_alias("DR Congo"),
    )
    .actor(
        Actor::state(id("CIV"), "Côte d'Ivoire")
            .unwrap()
            .with_alias("Cote d Ivoire"),
    )
    .actor(synthetic_contributor("contributor-a"))
    .actor(synthetic_contributor("contributor-b"))
    .actor(synthetic_contributor("contributor-c"))
    .actor(synthetic_contributor("contributor-d"));

    // The UK's EU membership ends on 2020-01-31, inclusive.
    b.membership(membership(
        "GBR",
        "EU",
        between("1993-11-01", "2020-01-31"),
        MembershipStatus::Full,
    ))
    .membership(membership(
        "FRA",
        "EU",
        since("1993-11-01"),
        MembershipStatus::Full,
    ))
    // Honduras in the OAS: the start of the first record is illustrative; the suspension
    // runs 2009-07-05..=2011-06-01 in this fixture.
    .membership(membership(
        "HND",
        "OAS",
        between("1951-12-13", "2009-07-04"),
        MembershipStatus::Full,
    ))
    .membership(membership(
        "HND",
        "OAS",
        between("2009-07-05", "2011-06-01"),
        MembershipStatus::Suspended,
    ))
    .membership(membership(
        "HND",
        "OAS",
        since("2011-06-02"),
        MembershipStatus::Full,
    ))
    .membership(membership(
        "FRA",
        "OAS",
        since("1980-01-01"),
        MembershipStatus::Observer,
    ))
    .membership(membership(
        "MLI",
        "AU",
        since("2002-07-09"),
        MembershipStatus::Full,
    ));

    b.mission(
        mission(
            "AMISOM",
            "African Union Mission in Somalia",
            MissionKind::RegionalOperation,
            between("2007-01-19", "2022-03-31"),
        )
        .with_lead(id("AU"))
        .with_host(id("SOM")),
    )
    .mission(
        mission(
            "ATMIS",
            "African Union Transition Mission in Somalia",
            MissionKind::RegionalOperation,
            between("2022-04-01", "2024-12-31"),
        )
        .with_lead(id("AU"))
        .with_host(id("SOM"))
        .with_predecessor(id("AMISOM")),
    )
    .mission(
        mission(
            "AUSSOM",
            "African Union Support and Stabilization Mission in Somalia",
            MissionKind::RegionalOperation,
            since("2025-01-01"),
        )
        .with_lead(id("AU"))
        .with_host(id("SOM"))
        .with_predecessor(id("ATMIS")),
    )
    .mission(
        mission(
            "UNOCI",
            "United Nations Operation in Côte d'Ivoire",
            MissionKind::UnPeacekeeping,
            between("2004-04-04", "2017-06-30"),
        )
        .with_lead(id("UN"))
        .with_host(id("CIV"))
        .with_alias("ONUCI"),
    )
    .mission(
        mission(
            "MINUSMA",
            "United Nations Multidimensional Integrated Stabilization Mission in Mali",
            MissionKind::UnPeacekeeping,
            between("2013-07-01", "2023-12-31"),
        )
        .with_lead(id("UN"))
        .with_host(id("MLI")),
    )
    .mission(synthetic_mission(
        "mission-a",
        between("2010-01-01", "2015-12-31"),
    ))
    .mission(synthetic_mission("mission-b", since("2012-01-01")))
    .mission(synthetic_mission(
        "mission-c",
        between("2000-01-01", "2005-12-31"),
    ));

    // Synthetic personnel reports.
    b.contributions([
        // mission-a: two reports; contributor-b is missing from the second one.
        report("contributor-a", "mission-a", "2013-01-31", troops(90, 10)),
        report("contributor-b", "mission-a", "2013-01-31", police(50)),
        report("contributor-a", "mission-a", "2013-02-28", troops(110, 10)),
        // mission-b: contributor-c joins in the second report.
        report("contributor-b", "mission-b", "2013-01-31", police(30)),
        report("contributor-b", "mission-b", "2013-03-31", police(40)),
        report("contributor-c", "mission-b", "2013-03-31", troops(5, 0)),
        // mission-c ended in 2005: its last report counts for nothing afterwards.
        report("contributor-a", "mission-c", "2005-12-31", troops(999, 0)),
        // contributor-d ties with contributor-c on 2013-03-31 (5 each).
        report("contributor-d", "mission-b", "2013-03-31", police(5)),
    ]);
    b.contribution(Contribution::new(
        id("contributor-a"),
        id("mission-a"),
        d("2013-01-15"),
        Contributed::Funding {
            amount: 1000.0,
            currency: id("USD"),
        },
    ))
    .contribution(Contribution::new(
        id("contributor-a"),
        id("mission-b"),
        d("2014-06-01"),
        Contributed::Asset {
            capability: Capability::FieldHospital,
            quantity: 1,
        },
    ));

    b.partnership(
        Partnership::new(
            id("un-au-framework"),
            "Joint UN-AU Framework for Enhanced Partnership in Peace and Security",
            PartnershipKind::UnRegional,
            since("2017-04-19"),
        )
        .with_party(Party::new(id("UN"), PartyRole::Participant))
        .with_party(Party::new(id("AU"), PartyRole::Participant))
        .with_domain(CooperationDomain::Mediation),
    )
    .partnership(
        Partnership::new(
            id("lancaster-house"),
            "Lancaster House treaties",
            PartnershipKind::Bilateral,
            since("2010-11-02"),
        )
        .with_party(Party::new(id("FRA"), PartyRole::Participant))
        .with_party(Party::new(id("GBR"), PartyRole::Participant))
        .with_domain(CooperationDomain::Equipment)
        .with_domain(CooperationDomain::Training),
    )
    .partnership(
        Partnership::new(
            id("synthetic-support"),
            "A synthetic support partnership",
            PartnershipKind::Multilateral,
            between("2007-01-19", "2022-03-31"),
        )
        .with_party(Party::new(id("AU"), PartyRole::Lead))
        .with_party(Party::new(id("UN"), PartyRole::Supporting))
        .with_party(Party::new(id("EU"), PartyRole::Supporting))
        .with_domain(CooperationDomain::Logistics)
        .with_domain(CooperationDomain::Funding)
        .with_mission(id("AMISOM")),
    );

    b.training(
        Training::new(
            id("exercise-2012"),
            "A synthetic exercise",
            TrainingKind::Exercise,
            between("2012-05-01", "2012-05-20"),
        )
        .with_organizer(id("FRA"))
        .with_participant(id("MLI"))
        .with_participant(id("FRA")),
    )
    .training(
        Training::new(
            id("programme-2014"),
            "A synthetic programme",
            TrainingKind::Programme,
            since("2014-01-01"),
        )
        .with_organizer(id("EU"))
        .with_participant(id("MLI")),
    );
    build(b)
}

fn ids<'a, T: AsRef<str> + 'a>(items: impl IntoIterator<Item = &'a T>) -> Vec<String> {
    items.into_iter().map(|x| x.as_ref().to_owned()).collect()
}

#[test]
fn missions_active_on_a_date_include_both_ends() {
    let data = fixture();
    let active = |date: &str| -> Vec<String> {
        data.missions_active_on(d(date))
            .map(|m| m.id.to_string())
            .collect()
    };
    assert_eq!(active("2022-03-31"), ["AMISOM", "MINUSMA", "mission-b"]);
    assert_eq!(active("2022-04-01"), ["ATMIS", "MINUSMA", "mission-b"]);
    assert_eq!(active("2023-12-31"), ["ATMIS", "MINUSMA", "mission-b"]);
    assert_eq!(active("2024-01-01"), ["ATMIS", "mission-b"]);
    assert_eq!(active("2025-01-01"), ["AUSSOM", "mission-b"]);
    assert_eq!(active("1999-12-31"), Vec::<String>::new());
}

#[test]
fn members_on_a_date_leave_out_suspended_members_and_observers() {
    let data = fixture();
    let members = |org: &str, date: &str| ids(data.members_on(org, d(date)));
    let records = |org: &str, date: &str| -> Vec<(String, MembershipStatus)> {
        data.memberships_on(org, d(date))
            .map(|m| (m.member.to_string(), m.status))
            .collect()
    };
    // Before, during and after the suspension.
    assert_eq!(members("OAS", "2009-07-04"), ["HND"]);
    assert_eq!(members("OAS", "2009-07-05"), Vec::<String>::new());
    assert_eq!(members("OAS", "2010-06-01"), Vec::<String>::new());
    assert_eq!(members("OAS", "2011-06-01"), Vec::<String>::new());
    assert_eq!(members("OAS", "2011-06-02"), ["HND"]);
    assert_eq!(
        records("OAS", "2010-06-01"),
        [
            ("HND".to_owned(), MembershipStatus::Suspended),
            ("FRA".to_owned(), MembershipStatus::Observer)
        ]
    );
    assert_eq!(
        records("OAS", "2011-06-02"),
        [
            ("HND".to_owned(), MembershipStatus::Full),
            ("FRA".to_owned(), MembershipStatus::Observer)
        ]
    );
    // The UK is in the EU on 2020-01-31 and out on 2020-02-01.
    assert_eq!(members("EU", "2020-01-31"), ["GBR", "FRA"]);
    assert_eq!(members("EU", "2020-02-01"), ["FRA"]);
    assert_eq!(records("EU", "2020-02-01").len(), 1);
    // Unknown organizations and actors that are not organizations have no members.
    assert_eq!(members("NATO", "2020-01-01"), Vec::<String>::new());
    assert_eq!(members("FRA", "2020-01-01"), Vec::<String>::new());
}

#[test]
fn memberships_of_an_actor_over_a_period() {
    let data = fixture();
    let of = |actor: &str, period: Period| -> Vec<(String, String)> {
        data.memberships_of(actor, period)
            .map(|m| (m.organization.to_string(), m.period.to_string()))
            .collect()
    };
    assert_eq!(
        of("HND", between("2009-01-01", "2009-12-31")),
        [
            ("OAS".to_owned(), "1951-12-13..=2009-07-04".to_owned()),
            ("OAS".to_owned(), "2009-07-05..=2011-06-01".to_owned()),
        ]
    );
    assert_eq!(
        of("HND", Period::day(d("2011-06-02"))),
        [("OAS".to_owned(), "2011-06-02..".to_owned())]
    );
    assert_eq!(
        of("FRA", since("2020-01-01")),
        [
            ("EU".to_owned(), "1993-11-01..".to_owned()),
            ("OAS".to_owned(), "1980-01-01..".to_owned()),
        ]
    );
    assert_eq!(
        of("GBR", since("2020-02-01")),
        Vec::<(String, String)>::new()
    );
    assert_eq!(of("GBR", Period::day(d("2020-01-31"))).len(), 1);
    assert_eq!(of("nobody", since("1900-01-01")).len(), 0);
}

#[test]
fn partnerships_of_an_actor_over_a_period() {
    let data = fixture();
    let of = |actor: &str, period: Period| -> Vec<String> {
        data.partnerships_of(actor, period)
            .map(|p| p.id.to_string())
            .collect()
    };
    assert_eq!(
        of("AU", since("2000-01-01")),
        ["un-au-framework", "synthetic-support"]
    );
    assert_eq!(
        of("AU", between("2017-04-18", "2017-04-18")),
        ["synthetic-support"]
    );
    assert_eq!(of("AU", since("2022-04-01")), ["un-au-framework"]);
    assert_eq!(of("FRA", Period::day(d("2010-11-02"))), ["lancaster-house"]);
    assert_eq!(
        of("FRA", Period::day(d("2010-11-01"))),
        Vec::<String>::new()
    );
    assert_eq!(of("MLI", since("1900-01-01")), Vec::<String>::new());
}

#[test]
fn trainings_of_an_actor_over_a_period_count_organizers_and_participants_once() {
    let data = fixture();
    let of = |actor: &str, period: Period| -> Vec<String> {
        data.trainings_of(actor, period)
            .map(|t| t.id.to_string())
            .collect()
    };
    assert_eq!(
        of("MLI", since("2000-01-01")),
        ["exercise-2012", "programme-2014"]
    );
    // France organizes and is listed as a participant: one result.
    assert_eq!(of("FRA", since("2000-01-01")), ["exercise-2012"]);
    assert_eq!(of("MLI", Period::day(d("2012-05-20"))), ["exercise-2012"]);
    assert_eq!(
        of("MLI", between("2012-05-21", "2013-12-31")),
        Vec::<String>::new()
    );
    assert_eq!(of("EU", since("2030-01-01")), ["programme-2014"]);
}

#[test]
fn contributions_of_an_actor_over_a_period_in_date_order() {
    let data = fixture();
    let of = |actor: &str, period: Period| -> Vec<String> {
        data.contributions_of(actor, period)
            .map(|c| format!("{} {}", c.mission, c.date))
            .collect()
    };
    assert_eq!(
        of("contributor-a", since("2000-01-01")),
        [
            "mission-c 2005-12-31",
            "mission-a 2013-01-15",
            "mission-a 2013-01-31",
            "mission-a 2013-02-28",
            "mission-b 2014-06-01",
        ]
    );
    // Both ends are inclusive.
    assert_eq!(
        of("contributor-a", between("2013-01-15", "2013-01-31")),
        ["mission-a 2013-01-15", "mission-a 2013-01-31"]
    );
    assert_eq!(
        of("contributor-a", between("2013-03-01", "2014-05-31")),
        Vec::<String>::new()
    );
    assert_eq!(of("nobody", since("2000-01-01")), Vec::<String>::new());
}

fn rows(deployments: &[Deployment<'_>]) -> Vec<(String, String, String, u64)> {
    deployments
        .iter()
        .map(|x| {
            (
                x.contributor.to_string(),
                x.mission.to_string(),
                x.reported.to_string(),
                x.personnel.total(),
            )
        })
        .collect()
}

fn row(c: &str, m: &str, reported: &str, total: u64) -> (String, String, String, u64) {
    (c.to_owned(), m.to_owned(), reported.to_owned(), total)
}

#[test]
fn deployments_in_a_mission_come_from_its_latest_report_on_or_before_the_date() {
    let data = fixture();
    // Between reports: the January report holds.
    assert_eq!(
        rows(&data.deployments_in("mission-a", d("2013-02-15"))),
        [
            row("contributor-a", "mission-a", "2013-01-31", 100),
            row("contributor-b", "mission-a", "2013-01-31", 50),
        ]
    );
    // On the day of the next report, that report holds; contributor-b is missing from it
    // and so had no one there.
    assert_eq!(
        rows(&data.deployments_in("mission-a", d("2013-02-28"))),
        [row("contributor-a", "mission-a", "2013-02-28", 120)]
    );
    // Before the first report, and after the mission ended: nothing.
    assert_eq!(rows(&data.deployments_in("mission-a", d("2013-01-30"))), []);
    assert_eq!(rows(&data.deployments_in("mission-a", d("2016-01-01"))), []);
    assert_eq!(rows(&data.deployments_in("mission-c", d("2013-02-15"))), []);
    // Missions without reports or unknown: nothing.
    assert_eq!(rows(&data.deployments_in("MINUSMA", d("2015-01-01"))), []);
    assert_eq!(rows(&data.deployments_in("mission-x", d("2015-01-01"))), []);
    // The personnel is the record's, by category and sex.
    let a = data.deployments_in("mission-a", d("2013-02-15"));
    assert_eq!(
        a[0].personnel.get(PersonnelCategory::Troops),
        Headcount::by_sex(90, 10)
    );
    assert_eq!(a[1].personnel.police(), Headcount::total_only(50));
}

#[test]
fn deployments_of_a_contributor_follow_the_same_rule() {
    let data = fixture();
    assert_eq!(
        rows(&data.deployments_of("contributor-b", d("2013-02-15"))),
        [
            row("contributor-b", "mission-a", "2013-01-31", 50),
            row("contributor-b", "mission-b", "2013-01-31", 30),
        ]
    );
    // Missing from mission-a's February report: zero there.
    assert_eq!(
        rows(&data.deployments_of("contributor-b", d("2013-03-01"))),
        [row("contributor-b", "mission-b", "2013-01-31", 30)]
    );
    assert_eq!(
        rows(&data.deployments_of("contributor-b", d("2020-01-01"))),
        [row("contributor-b", "mission-b", "2013-03-31", 40)]
    );
    // mission-c is over: its 2005 report does not count in 2013.
    assert_eq!(
        rows(&data.deployments_of("contributor-a", d("2013-02-15"))),
        [row("contributor-a", "mission-a", "2013-01-31", 100)]
    );
    assert_eq!(
        rows(&data.deployments_of("contributor-a", d("2005-12-31"))),
        [row("contributor-a", "mission-c", "2005-12-31", 999)]
    );
    assert_eq!(
        rows(&data.deployments_of("contributor-c", d("2013-03-30"))),
        []
    );
    assert_eq!(rows(&data.deployments_of("nobody", d("2013-03-30"))), []);
}

#[test]
fn personnel_by_contributor_ranks_totals_across_active_missions() {
    let data = fixture();
    let ranking = |date: &str| -> Vec<(String, u64)> {
        data.personnel_by_contributor_on(d(date))
            .into_iter()
            .map(|(c, p)| (c.to_string(), p.total()))
            .collect()
    };
    assert_eq!(
        ranking("2013-02-15"),
        [
            ("contributor-a".to_owned(), 100),
            ("contributor-b".to_owned(), 80),
        ]
    );
    // Ties (contributor-c and contributor-d, 5 each) are ordered by id.
    assert_eq!(
        ranking("2013-04-01"),
        [
            ("contributor-a".to_owned(), 120),
            ("contributor-b".to_owned(), 40),
            ("contributor-c".to_owned(), 5),
            ("contributor-d".to_owned(), 5),
        ]
    );
    // After mission-a ended, only mission-b counts.
    assert_eq!(
        ranking("2016-01-01"),
        [
            ("contributor-b".to_owned(), 40),
            ("contributor-c".to_owned(), 5),
            ("contributor-d".to_owned(), 5),
        ]
    );
    assert_eq!(ranking("2005-12-31"), [("contributor-a".to_owned(), 999)]);
    assert_eq!(ranking("2006-01-01"), Vec::<(String, u64)>::new());
    // Totals keep the split by category and sex.
    let all = data.personnel_by_contributor_on(d("2013-02-15"));
    assert_eq!(all[0].1.military(), Headcount::by_sex(90, 10));
    assert_eq!(all[1].1.police(), Headcount::total_only(80));
}

#[test]
fn personnel_by_mission_sums_the_latest_reports_of_active_missions() {
    let data = fixture();
    let by_mission = |date: &str| -> Vec<(String, u64)> {
        data.personnel_by_mission_on(d(date))
            .into_iter()
            .map(|(m, p)| (m.to_string(), p.total()))
            .collect()
    };
    assert_eq!(
        by_mission("2013-04-01"),
        [("mission-a".to_owned(), 120), ("mission-b".to_owned(), 50)]
    );
    assert_eq!(
        by_mission("2013-02-15"),
        [("mission-a".to_owned(), 150), ("mission-b".to_owned(), 30)]
    );
    assert_eq!(by_mission("2016-01-01"), [("mission-b".to_owned(), 50)]);
    assert_eq!(by_mission("2012-12-31"), Vec::<(String, u64)>::new());
    let every: u64 = data
        .deployments_on(d("2013-04-01"))
        .map(|x| x.personnel.total())
        .sum();
    assert_eq!(every, 170);
}

#[test]
fn partnerships_by_kind_and_by_domain() {
    let data = fixture();
    let of_kind = |kind| -> Vec<String> {
        data.partnerships_of_kind(kind)
            .map(|p| p.id.to_string())
            .collect()
    };
    let in_domain = |domain| -> Vec<String> {
        data.partnerships_in_domain(domain)
            .map(|p| p.id.to_string())
            .collect()
    };
    assert_eq!(of_kind(PartnershipKind::UnRegional), ["un-au-framework"]);
    assert_eq!(of_kind(PartnershipKind::Bilateral), ["lancaster-house"]);
    assert_eq!(
        of_kind(PartnershipKind::Multilateral),
        ["synthetic-support"]
    );
    assert_eq!(of_kind(PartnershipKind::Hybrid), Vec::<String>::new());
    assert_eq!(
        in_domain(CooperationDomain::Logistics),
        ["synthetic-support"]
    );
    assert_eq!(in_domain(CooperationDomain::Training), ["lancaster-house"]);
    assert_eq!(in_domain(CooperationDomain::Mediation), ["un-au-framework"]);
    assert_eq!(in_domain(CooperationDomain::Policing), Vec::<String>::new());
}

#[test]
fn actors_and_missions_are_found_by_id_name_or_alias() {
    let data = fixture();
    let actor = |name: &str| data.actor_named(name).map(|a| a.id.to_string());
    assert_eq!(actor("GBR").as_deref(), Some("GBR"));
    assert_eq!(actor("UK").as_deref(), Some("GBR"));
    assert_eq!(actor("united kingdom").as_deref(), Some("GBR"));
    assert_eq!(actor("DR Congo").as_deref(), Some("COD"));
    assert_eq!(actor("  cote d ivoire ").as_deref(), Some("CIV"));
    assert_eq!(actor("OEA").as_deref(), Some("OAS"));
    assert_eq!(actor("Atlantis"), None);

    let mission = |name: &str| data.mission_named(name).map(|m| m.id.to_string());
    assert_eq!(mission("ONUCI").as_deref(), Some("UNOCI"));
    assert_eq!(mission("onuci").as_deref(), Some("UNOCI"));
    assert_eq!(mission("UNOCI").as_deref(), Some("UNOCI"));
    assert_eq!(
        mission("African Union Transition Mission in Somalia").as_deref(),
        Some("ATMIS")
    );
    assert_eq!(mission("minusma").as_deref(), Some("MINUSMA"));
    assert_eq!(mission("UNAMID"), None);

    // Lookups by id are exact.
    assert!(data.actor("GBR").is_some());
    assert!(data.actor("UK").is_none());
    assert!(data.mission("ONUCI").is_none());
}

#[test]
fn successors_follow_the_predecessor_links() {
    let data = fixture();
    let successors =
        |m: &str| -> Vec<String> { data.successors_of(m).map(|s| s.id.to_string()).collect() };
    assert_eq!(successors("AMISOM"), ["ATMIS"]);
    assert_eq!(successors("ATMIS"), ["AUSSOM"]);
    assert_eq!(successors("AUSSOM"), Vec::<String>::new());
    // The chain, walked from AMISOM.
    let mut chain = vec!["AMISOM".to_owned()];
    loop {
        let last = chain.last().unwrap().clone();
        let Some(next) = data.successors_of(last.as_str()).next() else {
            break;
        };
        chain.push(next.id.to_string());
    }
    assert_eq!(chain, ["AMISOM", "ATMIS", "AUSSOM"]);
}

#[test]
fn lookups_by_id_and_the_record_lists() {
    let data = fixture();
    assert_eq!(data.actors().len(), 15);
    assert_eq!(data.memberships().len(), 7);
    assert_eq!(data.missions().len(), 8);
    assert_eq!(data.contributions().len(), 10);
    assert_eq!(data.partnerships().len(), 3);
    assert_eq!(data.trainings().len(), 2);
    assert!(data.frictions().is_empty() && data.lessons().is_empty() && data.sources().is_empty());
    assert_eq!(
        data.partnership("lancaster-house").map(|p| p.parties.len()),
        Some(2)
    );
    assert_eq!(
        data.training("exercise-2012").map(|t| t.actors().count()),
        Some(2)
    );
    assert!(data.partnership("nope").is_none());
    assert!(data.friction("nope").is_none());
    assert!(data.lesson("nope").is_none());
    assert!(data.source("nope").is_none());
    assert_eq!(data.frictions_in("lancaster-house").count(), 0);
    assert_eq!(
        Dataset::default()
            .missions_active_on(d("2020-01-01"))
            .count(),
        0
    );
}

#[test]
fn a_report_of_zero_personnel_closes_a_deployment_instead_of_carrying_it_forward() {
    let mut b = Dataset::builder();
    b.actor(synthetic_contributor("contributor-a"))
        .mission(synthetic_mission(
            "mission-a",
            between("2010-01-01", "2013-12-31"),
        ))
        .contributions([
            report("contributor-a", "mission-a", "2010-10-31", troops(1500, 18)),
            // The mission's report of December 2012 lists nobody: its troops have left.
            report(
                "contributor-a",
                "mission-a",
                "2012-12-31",
                Personnel::default(),
            ),
        ]);
    let data = build(b);
    assert_eq!(
        rows(&data.deployments_in("mission-a", d("2011-06-30"))),
        [row("contributor-a", "mission-a", "2010-10-31", 1518)]
    );
    // Without the zero report, the 2010 figures would hold on 2012-12-31.
    assert_eq!(rows(&data.deployments_in("mission-a", d("2012-12-31"))), []);
    assert!(data.personnel_by_mission_on(d("2012-12-31")).is_empty());
    assert!(data.personnel_by_contributor_on(d("2013-06-30")).is_empty());
    assert!(
        data.deployments_of("contributor-a", d("2013-01-01"))
            .is_empty()
    );
}

/// Lessons by partnership (its own and its missions'), by domain and by date; an undated
/// lesson is in no period. Synthetic records.
#[test]
fn lessons_are_found_by_partnership_domain_and_date() {
    let mut b = Dataset::builder();
    b.actor(Actor::new(id("AU"), "AU", ActorKind::RegionalOrganization))
        .actor(Actor::new(id("UN"), "UN", ActorKind::UnitedNations))
        .mission(Mission::new(
            id("m"),
            "A mission",
            MissionKind::RegionalOperation,
            since("2009-01-01"),
        ))
        .partnership(
            Partnership::new(
                id("p"),
                "AU-UN",
                PartnershipKind::UnRegional,
                since("2009-01-01"),
            )
            .with_party(Party::new(id("AU"), PartyRole::Lead))
            .with_party(Party::new(id("UN"), PartyRole::Supporting))
            .with_mission(id("m")),
        )
        .partnership(
            Partnership::new(
                id("q"),
                "Other",
                PartnershipKind::UnRegional,
                since("2009-01-01"),
            )
            .with_party(Party::new(id("AU"), PartyRole::Lead))
            .with_party(Party::new(id("UN"), PartyRole::Supporting)),
        )
        .lesson(
            Lesson::new(
                id("by-mission"),
                LessonKind::LessonLearned,
                "Of the mission",
            )
            .with_mission(id("m"))
            .with_domain(CooperationDomain::Funding)
            .drawn_on(d("2018-05-01")),
        )
        .lesson(
            Lesson::new(id("by-partnership"), LessonKind::BestPractice, "Of q")
                .with_partnership(id("q"))
                .with_domain(CooperationDomain::Logistics),
        );
    let data = build(b);
    let ids = |it: Vec<&Lesson>| -> Vec<String> { it.iter().map(|l| l.id.to_string()).collect() };
    assert_eq!(ids(data.lessons_of("p").collect()), ["by-mission"]);
    assert_eq!(ids(data.lessons_of("q").collect()), ["by-partnership"]);
    assert_eq!(data.lessons_of("nobody").count(), 0);
    assert_eq!(
        ids(data.lessons_about(CooperationDomain::Logistics).collect()),
        ["by-partnership"]
    );
    let year = between("2018-01-01", "2018-12-31");
    assert_eq!(ids(data.lessons_over(year).collect()), ["by-mission"]);
    assert_eq!(
        data.lessons_over(between("2019-01-01", "2019-12-31"))
            .count(),
        0
    );
    #[cfg(feature = "serde")]
    {
        let text = data.to_json().unwrap();
        assert!(text.contains("\"date\": \"2018-05-01\""), "{text}");
        assert_eq!(Dataset::from_json_str(&text).unwrap(), data);
    }
}

#[test]
fn the_resolution_in_force_is_the_last_adopted_while_its_term_lasts() {
    let res = |symbol: &str, adopted: &str| Resolution::new(symbol).adopted_on(d(adopted));
    let mandate = Mandate {
        resolutions: vec![
            res("A", "2010-03-01").until(d("2010-12-31")),
            // A gap: A's term ends before B is adopted.
            res("B", "2011-02-01").until(d("2011-12-31")),
            // Not dated: never in force, never hides another.
            Resolution::new("undated"),
            // Two on one day: the one listed later is in force from that day.
            res("C", "2011-12-20").until(d("2012-12-31")),
            res("D", "2011-12-20"),
        ],
        ..Mandate::default()
    };
    let in_force = |day: &str| mandate.in_force_on(d(day)).map(|r| r.symbol.clone());
    assert_eq!(in_force("2010-02-28"), None, "before the first adoption");
    assert_eq!(in_force("2010-03-01").as_deref(), Some("A"));
    assert_eq!(in_force("2010-12-31").as_deref(), Some("A"), "its last day");
    assert_eq!(in_force("2011-01-15"), None, "a lapse");
    assert_eq!(in_force("2011-02-01").as_deref(), Some("B"));
    assert_eq!(in_force("2011-12-19").as_deref(), Some("B"));
    assert_eq!(in_force("2011-12-20").as_deref(), Some("D"));
    assert_eq!(in_force("2030-01-01").as_deref(), Some("D"), "an open term");
    assert!(Mandate::default().in_force_on(d("2011-01-01")).is_none());
}
