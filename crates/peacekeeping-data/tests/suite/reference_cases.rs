//! The reference dataset: the partnerships the field cites, their frictions, joint
//! exercises, and the published contribution figures (`reference/cases.json`,
//! `reference/contributions.json`).

use std::collections::BTreeSet;

use peacekeeping_core::{Contribution, Date, FrictionKind, PartnershipKind, PartyRole, Period};
use peacekeeping_data::{ipi, reference};

use peacekeeping_testkit::data_dir;

fn date(text: &str) -> Date {
    text.parse().unwrap()
}

/// The dates whose complete reports are embedded.
const DATES: [&str; 3] = ["2010-10-31", "2012-12-31", "2013-12-31"];

/// Source: the UN's "Ranking of Military and Police Contributions to UN Operations" of
/// 31 October 2010 (as reproduced by the IPI files, SOURCES.md): Bangladesh 10,748;
/// Pakistan 10,635; India 8,704; Nigeria 5,786; Nepal 4,735.
#[test]
fn the_embedded_figures_reproduce_the_un_ranking_of_31_october_2010() {
    let data = reference::dataset();
    let ranking = data.personnel_by_contributor_on(date("2010-10-31"));
    let total = |iso: &str| {
        ranking
            .iter()
            .find(|(id, _)| id.as_str() == iso)
            .map(|(_, p)| p.total())
    };
    assert_eq!(total("BGD"), Some(10_748));
    assert_eq!(total("PAK"), Some(10_635));
    assert_eq!(total("IND"), Some(8_704));
    assert_eq!(total("NGA"), Some(5_786));
    assert_eq!(total("NPL"), Some(4_735));
    let first: Vec<&str> = ranking.iter().take(3).map(|(id, _)| id.as_str()).collect();
    assert_eq!(first, ["BGD", "PAK", "IND"]);
}

/// Source: the same UN ranking of 31 October 2010 counts 116 contributing countries
/// (SOURCES.md); the embedded report of that date is complete.
#[test]
fn the_reports_are_complete_116_contributors_on_31_october_2010() {
    let data = reference::dataset();
    let contributors = |d: &str| -> BTreeSet<&str> {
        let d = date(d);
        data.contributions()
            .iter()
            .filter(|c| c.date == d)
            .map(|c| c.contributor.as_str())
            .collect()
    };
    assert_eq!(contributors("2010-10-31").len(), 116);
    assert_eq!(
        data.personnel_by_contributor_on(date("2010-10-31")).len(),
        116
    );
    assert!(
        data.contributions()
            .iter()
            .filter(|c| c.what.personnel().is_some())
            .all(|c| c.source.as_deref() == Some("ipi-peacekeeping-database"))
    );
    // Every mission active on a report date has its own report of that date: no figure
    // of an earlier date is carried into it.
    for d in DATES {
        let d = date(d);
        for (mission, _) in data.personnel_by_mission_on(d) {
            assert!(
                data.contributions()
                    .iter()
                    .any(|c| c.date == d && &c.mission == mission),
                "{mission} on {d}: figures carried from an earlier report"
            );
        }
    }
}

/// Source: the UN's December 2013 total of uniformed personnel, 98,200 (SOURCES.md).
#[test]
fn the_december_2013_report_sums_to_the_un_total() {
    let data = reference::dataset();
    let total: u64 = data
        .personnel_by_contributor_on(date("2013-12-31"))
        .iter()
        .map(|(_, p)| p.total())
        .sum();
    assert_eq!(total, 98_200);
}

/// Source: ipi-tcc/Gender.Full.csv (IPI, TCC-DataScraper commit 936f28e6). The embedded
/// records are exactly the file's records of each embedded date (same contributors,
/// missions, categories and sexes, figure for figure), plus zero reports for missions
/// the file does not list on that date although they were still active.
#[test]
fn the_embedded_contributions_are_the_ipi_files_reports() {
    let Some(dir) = data_dir("reference_contributions") else {
        return;
    };
    let import = ipi::read_gender_full_file(
        dir.join("ipi-tcc/Gender.Full.csv"),
        Some("ipi-peacekeeping-database".parse().unwrap()),
    )
    .unwrap();
    let data = reference::dataset();
    let is_zero = |c: &Contribution| c.what.personnel().is_some_and(|p| p.total() == 0);
    let key = |c: &&Contribution| (c.contributor.to_string(), c.mission.to_string());
    for d in DATES {
        let d = date(d);
        let mut want: Vec<&Contribution> = import.records.iter().filter(|c| c.date == d).collect();
        want.sort_by_key(key);
        let (zero, mut have): (Vec<&Contribution>, Vec<&Contribution>) = data
            .contributions()
            .iter()
            .filter(|c| c.date == d)
            .partition(|c| is_zero(c));
        have.sort_by_key(key);
        assert_eq!(have, want, "{d}");
        for z in zero {
            assert!(
                !want.iter().any(|c| c.mission == z.mission),
                "{d}: zero report for {}, which the file lists",
                z.mission
            );
            assert!(data.mission(&z.mission).unwrap().is_active_on(d));
        }
    }
}

/// The two missions whose report lists nobody on an embedded date: UNMIT on 2012-12-31
/// (its mandate ended that day; the December 2012 report has no UNMIT line) and BNUB on
/// 2013-12-31.
#[test]
fn missions_whose_report_lists_nobody_have_zero_reports() {
    let data = reference::dataset();
    let zero: BTreeSet<(String, String)> = data
        .contributions()
        .iter()
        .filter(|c| c.what.personnel().is_some_and(|p| p.total() == 0))
        .map(|c| (c.mission.to_string(), c.date.to_string()))
        .collect();
    let expected: BTreeSet<(String, String)> = [("BNUB", "2013-12-31"), ("UNMIT", "2012-12-31")]
        .iter()
        .map(|(m, d)| ((*m).to_owned(), (*d).to_owned()))
        .collect();
    assert_eq!(zero, expected);
    assert!(data.deployments_in("UNMIT", date("2012-12-31")).is_empty());
    // Before that, the report of 31 October 2010 holds: 37 contributors.
    assert_eq!(data.deployments_in("UNMIT", date("2012-11-30")).len(), 37);
}

#[test]
fn amisom_is_an_au_led_partnership_supported_by_the_un_and_the_eu() {
    let data = reference::dataset();
    let p = data.partnership("amisom-au-un-eu").unwrap();
    assert_eq!(p.kind, PartnershipKind::Multilateral);
    let role = |actor: &str| {
        p.parties
            .iter()
            .find(|x| x.actor.as_str() == actor)
            .map(|x| x.role)
    };
    assert_eq!(role("AU"), Some(PartyRole::Lead));
    assert_eq!(role("UN"), Some(PartyRole::Supporting));
    assert_eq!(role("EU"), Some(PartyRole::Supporting));
    assert!(p.missions.iter().any(|m| m.as_str() == "AMISOM"));
    // The EU's 2016 cut of troop allowances is recorded as a resource dispute.
    let frictions: Vec<_> = data.frictions_in("amisom-au-un-eu").collect();
    assert_eq!(frictions.len(), 1);
    assert_eq!(frictions[0].kind, FrictionKind::ResourceDispute);
}

#[test]
fn the_mali_minusma_breakdown_of_2023_is_a_consent_breakdown() {
    let data = reference::dataset();
    let f = data.friction("mali-minusma-withdrawal-2023").unwrap();
    assert_eq!(f.kind, FrictionKind::ConsentBreakdown);
    assert_eq!(f.observed, date("2023-06-16"));
    let p = data.partnership(&f.partnership).unwrap();
    assert_eq!(p.period.end(), Some(date("2023-12-31")));
    // The parallel French force had left Mali a year before.
    let france = data.partnership("minusma-france").unwrap();
    assert_eq!(france.period.end(), Some(date("2022-08-15")));
}

#[test]
fn france_partnerships_over_2010_2025_include_lancaster_house_and_minusma() {
    let data = reference::dataset();
    let period = Period::new(date("2010-01-01"), Some(date("2025-12-31"))).unwrap();
    let ids: BTreeSet<&str> = data
        .partnerships_of("FRA", period)
        .map(|p| p.id.as_str())
        .collect();
    assert!(ids.contains("lancaster-house-2010"), "{ids:?}");
    assert!(ids.contains("minusma-france"), "{ids:?}");
    // Before the treaties were signed, only what existed then.
    let before = Period::new(date("2010-01-01"), Some(date("2010-11-01"))).unwrap();
    assert!(
        data.partnerships_of("FRA", before)
            .all(|p| p.id.as_str() != "lancaster-house-2010")
    );
}

#[test]
fn african_lion_2024_was_hosted_in_four_countries() {
    let data = reference::dataset();
    let t = data.training("african-lion-2024").unwrap();
    let hosts: Vec<&str> = t.locations.iter().map(|c| c.as_str()).collect();
    assert_eq!(hosts, ["MAR", "GHA", "SEN", "TUN"]);
    let in_2024 = Period::new(date("2024-01-01"), Some(date("2024-12-31"))).unwrap();
    assert_eq!(data.trainings_of("MAR", in_2024).count(), 1);
}

/// Who took part in AMISOM and ATMIS, each day as its cited source gives it: Uganda's
/// first 16 soldiers landed at Mogadishu on 6 March 2007 (Reuters), Burundi's advance
/// party on 23 December 2007 (BBC), Djibouti's on 20 December 2011 (AMISOM via New
/// Vision), Kenya's integration framework was signed on 2 June 2012 (AFP), Ethiopia's
/// forces joined on 22 January 2014 (its embassy); the five continued in ATMIS from
/// 1 April 2022 (ATMIS's military component page).
#[test]
fn amisoms_and_atmis_troop_contributors_are_their_sources() {
    use peacekeeping_core::Component;
    let data = reference::dataset();
    let starts: Vec<(&str, String)> = data
        .participations_in("AMISOM")
        .map(|p| (p.contributor.as_str(), p.period.start().to_string()))
        .collect();
    assert_eq!(
        starts,
        [
            ("UGA", "2007-03-06".to_owned()),
            ("BDI", "2007-12-23".to_owned()),
            ("DJI", "2011-12-20".to_owned()),
            ("KEN", "2012-06-02".to_owned()),
            ("ETH", "2014-01-22".to_owned()),
        ]
    );
    for p in data
        .participations()
        .iter()
        .filter(|p| ["AMISOM", "ATMIS"].contains(&p.mission.as_str()))
    {
        assert_eq!(p.component, Component::Military);
        assert!(!p.sources.is_empty(), "{p:?}");
        let mission = data.mission(p.mission.as_str()).unwrap();
        assert_eq!(p.period.end(), mission.period.end(), "{p:?}");
    }
    let on = |mission: &str, day: &str| data.participants_on(mission, date(day)).count();
    assert_eq!(on("AMISOM", "2007-03-05"), 0);
    assert_eq!(on("AMISOM", "2007-12-31"), 2);
    assert_eq!(on("AMISOM", "2013-12-31"), 4);
    assert_eq!(on("AMISOM", "2021-12-31"), 5);
    assert_eq!(on("ATMIS", "2022-03-31"), 0);
    assert_eq!(on("ATMIS", "2022-04-01"), 5);
    assert_eq!(data.participations().len(), 44);
}

/// The other contingents recorded with their days: the UK's Long Range Reconnaissance
/// Group in MINUSMA from its main body's arrival on 2 December 2020 to February 2023 (the
/// month's last day, by the dataset's convention: HCWS196 gives the month); in KFOR,
/// Russia from the Pristina airfield on 12 June 1999 to 24 July 2003 (the announced last
/// flight; ITAR-TASS), Austria from its advance party of 24 June 1999, Sweden from 25
/// October 1999 and Moldova from 8 March 2014, the last three still there.
#[test]
fn the_uk_in_minusma_and_kfors_partner_contingents_are_their_sources() {
    let data = reference::dataset();
    let periods = |mission: &str| -> Vec<(String, String)> {
        data.participations_in(mission)
            .map(|p| (p.contributor.to_string(), p.period.to_string()))
            .collect()
    };
    assert_eq!(
        periods("MINUSMA"),
        [("GBR".to_owned(), "2020-12-02..=2023-02-28".to_owned())]
    );
    let kfor = periods("KFOR");
    let of = |who: &str| -> Vec<&str> {
        kfor.iter()
            .filter(|(c, _)| c == who)
            .map(|(_, p)| p.as_str())
            .collect()
    };
    assert_eq!(of("RUS"), ["1999-06-12..=2003-07-24"]);
    assert_eq!(of("AUT"), ["1999-06-24.."]);
    assert_eq!(of("SWE"), ["1999-10-25.."]);
    assert_eq!(of("MDA"), ["2014-03-08.."]);
    // KFOR's contributing nations over time (a search of 2026-12-07): the five that
    // entered on 12 June 1999 (AP), France until its farewell ceremony of 8 February 2014,
    // the Netherlands' battalions to 8 August 2000, Norway to the ceremony of 28 August
    // 2020 (KFOR), Spain from its Legion brigade's departure on 22 June 1999 to its last
    // troops' return on 19 September 2009, Armenia twice (12 February 2004 to February
    // 2012, then from 6 July 2012), Slovakia twice (September 1999 to November 2010, then
    // from 14 May 2025), Estonia to its exit ceremony of 30 October 2018.
    assert_eq!(of("USA"), ["1999-06-12.."]);
    assert_eq!(of("FRA"), ["1999-06-12..=2014-02-08"]);
    assert_eq!(of("NLD"), ["1999-06-12..=2000-08-08"]);
    assert_eq!(of("NOR"), ["1999-06-12..=2020-08-28"]);
    assert_eq!(of("ESP"), ["1999-06-22..=2009-09-19"]);
    assert_eq!(of("ARM"), ["2004-02-12..=2012-02-29", "2012-07-06.."]);
    assert_eq!(of("SVK"), ["1999-09-30..=2010-11-30", "2025-05-14.."]);
    assert_eq!(of("EST"), ["1999-11-30..=2018-10-30"]);
    assert_eq!(kfor.len(), 33);
    let on = |day: &str| data.participants_on("KFOR", date(day)).count();
    // Eight nations on the first day (the five, the Netherlands, Norway and Russia); the
    // nations seen without a month (Poland, Hungary, Finland, Greece, Switzerland, ...)
    // are not recorded, so later counts are lower bounds.
    assert_eq!(
        (
            on("1999-06-11"),
            on("1999-06-12"),
            on("2000-01-01"),
            on("2010-01-01"),
            on("2024-12-31")
        ),
        (0, 8, 22, 22, 17)
    );
}

/// The actors beyond states and organizations, each as its cited source gives it: MSF
/// created on 22 December 1971 (MSF), UNHCR's Statute of 14 December 1950 (resolution
/// 428 (V)), UNICEF of 11 December 1946 (resolution 57 (I)), UNDP of 22 November 1965
/// (resolution 2029 (XX)), WFP of 19 December 1961 (resolution 1714 (XVI)), the ICRC's
/// committee first met on 17 February 1863; OCHA and UNMAS have no day in the sources.
#[test]
fn the_humanitarian_and_development_actors_are_their_sources() {
    use peacekeeping_core::ActorKind;
    let data = reference::dataset();
    let of = |id: &str| {
        let a = data.actor(id).unwrap();
        assert!(!a.sources.is_empty(), "{id}");
        (a.kind, a.existence.map(|p| p.start().to_string()))
    };
    let day = |d: &str| Some(d.to_owned());
    assert_eq!(
        of("ICRC"),
        (ActorKind::HumanitarianAgency, day("1863-02-17"))
    );
    assert_eq!(of("MSF"), (ActorKind::Ngo, day("1971-12-22")));
    assert_eq!(of("UNHCR"), (ActorKind::UnAgency, day("1950-12-14")));
    assert_eq!(of("UNICEF"), (ActorKind::UnAgency, day("1946-12-11")));
    assert_eq!(of("UNDP"), (ActorKind::UnAgency, day("1965-11-22")));
    assert_eq!(of("WFP"), (ActorKind::UnAgency, day("1961-12-19")));
    assert_eq!(of("OCHA"), (ActorKind::UnDepartment, None));
    assert_eq!(of("UNMAS"), (ActorKind::UnDepartment, None));
    assert_eq!(
        data.actor("ICRC")
            .and_then(|a| a.country)
            .map(|c| c.to_string()),
        Some("CHE".to_owned())
    );
}

/// The frictions of the cases, each dated as its source dates it: the Griffin Strike
/// orders confusion (21 April 2016, Defense News), the Chinooks kept for Barkhane (10 March
/// 2021, AFP), the Bounti report (30 March 2021, Xinhua), Mali's suspension of rotations
/// (14 July 2022, Janes), the spokesman's expulsion (20 July 2022, France 24), the
/// restrictions (26 January 2023, Security Council Report), the human rights director's
/// expulsion (5 February 2023, Reuters) and the demand for withdrawal (16 June 2023).
#[test]
fn the_frictions_of_the_cases_are_their_sources() {
    let data = reference::dataset();
    let of = |partnership: &str| -> Vec<(String, FrictionKind)> {
        data.frictions_in(partnership)
            .map(|f| (f.observed.to_string(), f.kind))
            .collect()
    };
    // France and the UK: all four challenges of bilateral partnerships the literature
    // names, each where a source documents it: divergent interests (Libya's command,
    // 21 March 2011, The Guardian; the carriers' jets, 11 May 2012, Europe 1; AUKUS, 19
    // September 2021, Reuters), legal frameworks and rules (the UK's non-combat caveat
    // for its Chinooks, 18 January 2018, HCWS413), communication (Griffin Strike's
    // orders) and resources (the Chinooks kept for Barkhane).
    assert_eq!(
        of("lancaster-house-2010"),
        [
            ("2011-03-21".to_owned(), FrictionKind::DivergentInterests),
            ("2012-05-11".to_owned(), FrictionKind::DivergentInterests),
            ("2016-04-21".to_owned(), FrictionKind::CommunicationBarrier),
            ("2018-01-18".to_owned(), FrictionKind::NationalCaveats),
            ("2021-03-10".to_owned(), FrictionKind::ResourceDispute),
            ("2021-09-19".to_owned(), FrictionKind::DivergentInterests),
        ]
    );
    assert_eq!(
        of("minusma-france"),
        [("2021-03-30".to_owned(), FrictionKind::DivergentInterests)]
    );
    let mali = of("minusma-mali");
    assert_eq!(mali.len(), 5);
    assert!(
        mali.iter()
            .all(|(_, k)| *k == FrictionKind::ConsentBreakdown)
    );
    let days: Vec<&str> = mali.iter().map(|(d, _)| d.as_str()).collect();
    assert_eq!(
        days,
        [
            "2022-07-14",
            "2022-07-20",
            "2023-01-26",
            "2023-02-05",
            "2023-06-16"
        ]
    );
    // Griffin Rise 2015, 3 to 17 June (the French embassy): a joint training of the
    // Lancaster House partners.
    let griffin = data.training("griffin-rise-2015").unwrap();
    assert_eq!(
        (griffin.period.start(), griffin.period.end()),
        (date("2015-06-03"), Some(date("2015-06-17")))
    );
    assert_eq!(data.frictions().len(), 15);
}

/// Joint exercises of peace and security operations, as their sources give them: Flintlock
/// 2020 from 17 to 28 February in Mauritania and Senegal with 31 nations (U.S. Embassy in
/// Mauritania), Khaan Quest 2024 from 27 July to 8 August in Mongolia with 20 (DVIDS),
/// Amani Africa II, the African Standby Force's exercise at Lohatla, from 19 October to
/// 8 November 2015 (ECOWAS); every exercise's actors are in the dataset.
#[test]
fn the_joint_exercises_are_their_sources() {
    let data = reference::dataset();
    let exercise = |id: &str| data.training(id).unwrap();
    let flintlock = exercise("flintlock-2020");
    assert_eq!(
        (flintlock.period.start(), flintlock.period.end()),
        (date("2020-02-17"), Some(date("2020-02-28")))
    );
    assert_eq!(flintlock.participants.len(), 31);
    let hosts: Vec<&str> = flintlock.locations.iter().map(|c| c.as_str()).collect();
    assert_eq!(hosts, ["MRT", "SEN"]);
    assert_eq!(exercise("khaan-quest-2024").participants.len(), 20);
    let amani = exercise("amani-africa-2015");
    assert_eq!(amani.period.end(), Some(date("2015-11-08")));
    assert!(amani.organizers.iter().any(|o| o.as_str() == "AU"));
    assert_eq!(data.trainings().len(), 52);
    // The series by year (a search of 2026-12-07): Flintlock 2018 in Niger, Burkina Faso
    // and Senegal from 9 to 20 April with its 20 nations (the U.S. Embassy in Burkina
    // Faso's full list), Justified Accord 2019 in Ethiopia from 15 to 30 July with the 12
    // AFRICOM lists, Shanti Doot-4 in Bangladesh from 26 February 2018 with its 32
    // nations, Unified Focus 2017, the Lake Chad Basin force's tabletop exercise, with its
    // 10; and the editions by year of each series.
    let flintlock_2018 = exercise("flintlock-2018");
    assert_eq!(
        (flintlock_2018.period.start(), flintlock_2018.period.end()),
        (date("2018-04-09"), Some(date("2018-04-20")))
    );
    assert_eq!(flintlock_2018.participants.len(), 20);
    assert_eq!(exercise("justified-accord-2019").participants.len(), 12);
    assert_eq!(exercise("shanti-doot-2018").participants.len(), 32);
    assert_eq!(exercise("unified-focus-2017").participants.len(), 10);
    let editions = |series: &str| -> Vec<i32> {
        let mut years: Vec<i32> = data
            .trainings()
            .iter()
            .filter(|t| t.id.as_str().starts_with(series))
            .map(|t| t.period.start().year())
            .collect();
        years.sort_unstable();
        years
    };
    assert_eq!(
        editions("african-lion-"),
        [2019, 2021, 2022, 2023, 2024, 2025]
    );
    assert_eq!(
        editions("flintlock-"),
        [2018, 2019, 2020, 2022, 2023, 2024, 2025]
    );
    assert_eq!(
        editions("khaan-quest-"),
        [2007, 2014, 2015, 2016, 2017, 2018, 2023, 2024]
    );
    assert_eq!(
        editions("justified-accord-"),
        [2017, 2018, 2019, 2022, 2023, 2024, 2025]
    );
    for t in data.trainings() {
        assert!(!t.sources.is_empty(), "{}", t.id);
        for a in t.actors() {
            assert!(data.actor(a.as_str()).is_some(), "{}: {a}", t.id);
        }
    }
}

/// The lessons of the cases, each with its source and, where the report gives one, its
/// day: the four about AMISOM (IPI's study of UNSOA, February 2017, undated; the
/// briefing of 14 October 2015; IPI on allowances, 11 January 2017; the AU's ten-year
/// lessons workshop, 10 March 2017; the AU-UN joint reviews, noted by the AU Peace and
/// Security Council on 12 July 2017 and 27 June 2018; the AU's head of mission on
/// funding and training, 21 December 2017), the three drawn in 2004 about
/// Kosovo (Crisis Group, 22 April; S/2004/613, 30 July; the Eide review, S/2004/932, 30
/// November), and the EU's: its auditors on EUCAP Sahel (14 June 2018), its High
/// Representative on training without equipment (21 March 2023).
#[test]
fn the_lessons_of_the_cases_are_their_sources() {
    use peacekeeping_core::{CooperationDomain, Period};
    let data = reference::dataset();
    let amisom: Vec<&str> = data
        .lessons_of("amisom-au-un-eu")
        .map(|l| l.id.as_str())
        .collect();
    assert_eq!(
        amisom,
        [
            "amisom-logistics-control",
            "amisom-unsoa-overstretch",
            "amisom-stipend-arrears",
            "amisom-ten-year-lessons",
            "amisom-joint-review-2017",
            "amisom-joint-review-2018",
            "amisom-funding-and-training"
        ]
    );
    let dates: Vec<Option<String>> = data
        .lessons_of("amisom-au-un-eu")
        .map(|l| l.date.map(|d| d.to_string()))
        .collect();
    assert_eq!(
        dates,
        [
            None,
            Some("2015-10-14".to_owned()),
            Some("2017-01-11".to_owned()),
            Some("2017-03-10".to_owned()),
            Some("2017-07-12".to_owned()),
            Some("2018-06-27".to_owned()),
            Some("2017-12-21".to_owned())
        ]
    );
    let year = Period::between(date("2004-01-01"), date("2004-12-31")).unwrap();
    assert_eq!(data.lessons_over(year).count(), 3);
    assert_eq!(data.lessons_about(CooperationDomain::Funding).count(), 3);
    // The lessons of an operation reach the partnerships serving it: EUTM Mali's
    // coordination with MINUSMA gets MINUSMA's and EUTM Mali's.
    let eutm: Vec<&str> = data
        .lessons_of("eutm-mali-minusma")
        .map(|l| l.id.as_str())
        .collect();
    assert!(eutm.contains(&"eu-training-without-equipment"), "{eutm:?}");
    assert_eq!(data.lessons().len(), 16);
    for l in data.lessons() {
        assert!(!l.sources.is_empty(), "{}", l.id);
        // Every lesson concerns a partnership or an operation (the EU's audit of its
        // missions in Niger and Mali, say), and so some partnership's lessons.
        assert!(
            !l.partnerships.is_empty() || !l.missions.is_empty(),
            "{}",
            l.id
        );
    }
}

/// Capacity building, Kosovo's division of tasks, the United Kingdom in Mali,
/// civil-military coordination and technology, as their sources give them: EUTM Mali
/// launched on 18 February 2013 (the Council) and ended on 18 May 2024 (the EEAS, as
/// reported), building the Malian Armed Forces; UNMIK's components led by UNHCR to June 2000, by the OSCE from 1 July 1999
/// (PC.DEC/305) and by the EU to 30 June 2008, EULEX from 9 December 2008; three RAF
/// Chinooks with Barkhane from 18 July 2018 (HCWS867); the UN's first drones, in MONUSCO
/// on 3 December 2013 (UN News), and Germany's three Herons in MINUSMA from 1 November
/// 2016 (defenceWeb); the CJEF at full operating capability on 2 November 2020.
#[test]
fn capacity_building_kosovos_division_of_tasks_the_uk_in_mali_and_drones() {
    use peacekeeping_core::{Capability, Contributed, InstitutionKind, TrainingKind};
    let data = reference::dataset();
    let ids = |it: &mut dyn Iterator<Item = &str>| -> BTreeSet<String> {
        it.map(str::to_owned).collect()
    };

    let programmes = ids(&mut data
        .trainings()
        .iter()
        .filter(|t| t.kind == TrainingKind::Programme)
        .map(|t| t.id.as_str()));
    assert_eq!(
        programmes,
        ids(&mut ["eutm-mali", "eucap-sahel-mali", "eutm-somalia", "eutm-rca"].into_iter())
    );
    for id in &programmes {
        let t = data.training(id).unwrap();
        assert_eq!(t.organizers.len(), 1, "{id}");
        assert_eq!(t.organizers[0].as_str(), "EU", "{id}");
        assert_eq!(t.institutions.len(), 1, "{id}");
    }
    let eutm = data.training("eutm-mali").unwrap();
    assert_eq!(
        (eutm.period.start(), eutm.period.end()),
        (date("2013-02-18"), Some(date("2024-05-18")))
    );
    let fama = &eutm.institutions[0];
    assert_eq!(
        (fama.kind, fama.country.as_str()),
        (InstitutionKind::Military, "MLI")
    );
    // Their participant is the host state whose institutions they build (contributors
    // named at one date are in the citations).
    for (id, host) in [
        ("eutm-mali", "MLI"),
        ("eucap-sahel-mali", "MLI"),
        ("eutm-somalia", "SOM"),
        ("eutm-rca", "CAF"),
    ] {
        let t = data.training(id).unwrap();
        let participants: Vec<&str> = t.participants.iter().map(|p| p.as_str()).collect();
        assert_eq!(participants, [host], "{id}");
        assert_eq!(t.institutions[0].country.as_str(), host, "{id}");
    }
    assert_eq!(
        data.training("eucap-sahel-mali").unwrap().institutions[0].kind,
        InstitutionKind::Police
    );

    // Who worked with UNMIK, by date: the four components of 1999, then EULEX.
    let around_unmik = |day: &str| {
        ids(&mut data
            .partnerships_serving("UNMIK")
            .filter(|p| p.period.contains(date(day)))
            .map(|p| p.id.as_str()))
    };
    assert_eq!(
        around_unmik("2000-01-01"),
        ids(&mut [
            "unmik-kfor-1244",
            "unmik-unhcr-humanitarian",
            "unmik-osce",
            "unmik-eu-reconstruction"
        ]
        .into_iter())
    );
    assert_eq!(
        around_unmik("2009-01-01"),
        ids(&mut ["unmik-kfor-1244", "unmik-osce", "unmik-eulex"].into_iter())
    );
    let kosovo: Vec<(String, FrictionKind)> = data
        .frictions_in("unmik-kfor-1244")
        .chain(data.frictions_in("unmik-eu-reconstruction"))
        .map(|f| (f.observed.to_string(), f.kind))
        .collect();
    assert_eq!(
        kosovo,
        [
            ("2004-03-17".to_owned(), FrictionKind::CommunicationBarrier),
            ("2008-06-30".to_owned(), FrictionKind::ResourceDispute)
        ]
    );

    // Assets: helicopters and drones, each on its day.
    let assets: Vec<(&str, &str, String, Capability, u32)> = data
        .contributions()
        .iter()
        .filter_map(|c| match c.what {
            Contributed::Asset {
                capability,
                quantity,
            } => Some((
                c.contributor.as_str(),
                c.mission.as_str(),
                c.date.to_string(),
                capability,
                quantity,
            )),
            _ => None,
        })
        .collect();
    assert_eq!(
        assets,
        [
            (
                "GBR",
                "Barkhane",
                "2018-07-18".to_owned(),
                Capability::Helicopters,
                3
            ),
            (
                "SELEX-ES",
                "MONUSCO",
                "2013-12-03".to_owned(),
                Capability::IsrDrones,
                2
            ),
            (
                "DEU",
                "MINUSMA",
                "2016-11-01".to_owned(),
                Capability::IsrDrones,
                3
            ),
        ]
    );

    // France and the United Kingdom: the CJEF declared ready, and its two exercises.
    let lancaster = data.partnership("lancaster-house-2010").unwrap();
    assert!(
        lancaster
            .instruments
            .iter()
            .any(|i| i.signed == Some(date("2020-11-02")))
    );
    let griffin: Vec<String> = ["griffin-strike-2016", "griffin-strike-2019"]
        .iter()
        .map(|id| data.training(id).unwrap().period.to_string())
        .collect();
    assert_eq!(
        griffin,
        ["2016-04-10..=2016-04-23", "2019-10-07..=2019-10-18"]
    );

    // Civil-military: AMISOM and OCHA's guidelines of 24 November 2014.
    let cmcoord = data.partnership("amisom-ocha-cmcoord").unwrap();
    assert_eq!(cmcoord.kind, PartnershipKind::CivilMilitary);
    assert_eq!(cmcoord.period.start(), date("2014-11-24"));
}

/// The UN's targets for women among uniformed personnel (the Global Effort's 20% of UN
/// police by 2014; the Uniformed Gender Parity Strategy's 2028 targets by category), and a
/// force measured against them from the contribution data: on the UN's report of 31
/// December 2013, women were 10.2% of UN police (1,329 of 13,057), 2.8% of troops (2,338 of
/// 83,279) and, in MINUSMA, 0.3% of troops (15 of 5,485): figures recomputed with plain
/// Python from `contributions.json` (IPI's Gender.Full.csv for that month).
#[test]
fn the_uns_targets_for_women_and_the_forces_measured_against_them() {
    use peacekeeping_core::{Personnel, PersonnelCategory};
    let data = reference::dataset();
    let targets: Vec<(&str, f64, String)> = data
        .gender_targets()
        .iter()
        .map(|t| (t.id.as_str(), t.share, t.by.to_string()))
        .collect();
    assert_eq!(
        targets,
        [
            ("un-police-2014", 0.2, "2014-12-31".to_owned()),
            ("ugps-troops-2028", 0.15, "2028-12-31".to_owned()),
            ("ugps-staff-observers-2028", 0.25, "2028-12-31".to_owned()),
            ("ugps-fpu-2028", 0.2, "2028-12-31".to_owned()),
            ("ugps-ipo-2028", 0.3, "2028-12-31".to_owned()),
        ]
    );
    let police = data.gender_target("un-police-2014").unwrap();
    assert!(police.concerns(PersonnelCategory::FormedPoliceUnits));
    assert!(!police.concerns(PersonnelCategory::Troops));

    let on = date("2013-12-31");
    let all: Personnel = data
        .personnel_by_mission_on(on)
        .into_iter()
        .map(|(_, p)| p)
        .fold(Personnel::default(), |sum, p| sum + p);
    let in_police = police.headcount_in(&all);
    assert_eq!((in_police.female, in_police.total()), (1_329, 13_057));
    let gap = police.gap(&all).unwrap();
    assert!((gap - (1_329.0 / 13_057.0 - 0.2)).abs() < 1e-12, "{gap}");
    let troops = data.gender_target("ugps-troops-2028").unwrap();
    let in_troops = troops.headcount_in(&all);
    assert_eq!((in_troops.female, in_troops.total()), (2_338, 83_279));
    let minusma = data
        .personnel_by_mission_on(on)
        .into_iter()
        .find(|(m, _)| m.as_str() == "MINUSMA")
        .map(|(_, p)| p)
        .unwrap();
    let share = troops.share_in(&minusma).unwrap();
    assert!((share - 15.0 / 5_485.0).abs() < 1e-12, "{share}");
}
