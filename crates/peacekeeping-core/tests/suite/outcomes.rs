//! The outcome records in a dataset: the validation rules of fatalities, battle deaths
//! and ceilings (one test per rule that can fail), the queries on small hand-made
//! datasets with hand-checked answers, and (feature `serde`) their JSON form.
//!
//! Figures are synthetic unless a comment names their source.

use peacekeeping_core::*;

use crate::common::{
    Flat, between, build, d, id, outcome_base, problem, problems_after, problems_of, since,
    synthetic_mission, troops, unknown_ref,
};

/// mission-a's ceilings in the base dataset, stored out of date order.
fn ceilings() -> Vec<AuthorizedStrength> {
    vec![
        AuthorizedStrength::new(d("2012-06-01"))
            .military(2_000)
            .observers(100)
            .police(300)
            .set_by("S/RES/1 (2012)"),
        AuthorizedStrength::new(d("2010-01-01"))
            .military(1_000)
            .police(200),
    ]
}

/// A valid dataset: a source, two contributors, a closed mission hosted by Mali and
/// Niger with the given ceilings, an ongoing mission hosted by Somalia.
fn base_with(ceilings: Vec<AuthorizedStrength>) -> DatasetBuilder {
    let mut m = synthetic_mission("mission-a", between("2010-01-01", "2015-12-31"))
        .with_host(id("MLI"))
        .with_host(id("NER"));
    m.authorized_strength = ceilings;
    outcome_base(
        &["src-a"],
        [
            m,
            synthetic_mission("mission-b", since("2007-01-19")).with_host(id("SOM")),
        ],
    )
}

fn base() -> DatasetBuilder {
    base_with(ceilings())
}

/// Adds records to the base and returns the problems found.
fn with(add: impl FnOnce(&mut DatasetBuilder)) -> Vec<Flat> {
    problems_after(base(), add)
}

fn fatality(fid: &str, mission: &str, date: &str) -> Fatality {
    Fatality::new(
        fid,
        id(mission),
        d(date),
        StaffCategory::Military,
        FatalityCause::MaliciousAct,
    )
}

fn deaths(territory: &str, year: i32, best: u32) -> BattleDeaths {
    BattleDeaths::new(id(territory), year, best)
}

/// Edits the ceilings of mission-a, then validates.
fn with_ceilings(edit: impl FnOnce(&mut Vec<AuthorizedStrength>)) -> Vec<Flat> {
    let mut c = ceilings();
    edit(&mut c);
    problems_of(&base_with(c))
}

#[test]
fn the_base_dataset_is_valid() {
    assert_eq!(problems_of(&base()), Vec::new());
}

// ---- validation: fatalities -------------------------------------------------------------

#[test]
fn fatality_ids_are_unique() {
    let problems = with(|b| {
        b.fatality(fatality("7", "mission-a", "2011-01-01"))
            .fatalities([
                fatality("7", "mission-a", "2012-01-01"),
                fatality("7", "mission-b", "2012-01-01"),
                fatality("8", "mission-a", "2012-01-01"),
            ]);
    });
    assert_eq!(
        problems,
        [problem(
            EntityKind::Fatality,
            "7",
            "id",
            ProblemKind::DuplicateId { count: 3 }
        )]
    );
}

#[test]
fn a_fatality_id_is_not_blank() {
    let problems = with(|b| {
        b.fatality(fatality(" ", "mission-a", "2011-01-01"));
    });
    assert_eq!(
        problems,
        [problem(EntityKind::Fatality, " ", "id", ProblemKind::Empty)]
    );
}

#[test]
fn a_fatality_names_a_known_mission() {
    let problems = with(|b| {
        b.fatalities([
            fatality("1", "mission-x", "2011-01-01"),
            fatality("2", "mission-x", "2011-01-02"),
            fatality("3", "mission-a", "2011-01-03"),
        ]);
    });
    let unknown = || unknown_ref(EntityKind::Mission, "mission-x");
    assert_eq!(
        problems,
        [
            problem(EntityKind::Fatality, "1", "mission", unknown()),
            problem(EntityKind::Fatality, "2", "mission", unknown()),
        ]
    );
}

#[test]
fn a_fatality_cites_a_known_source() {
    let problems = with(|b| {
        b.fatalities([
            fatality("1", "mission-a", "2011-01-01").with_source(id("src-a")),
            fatality("2", "mission-a", "2011-01-02").with_source(id("src-x")),
            fatality("3", "mission-a", "2011-01-03").with_source(id("src-x")),
            fatality("4", "mission-a", "2011-01-04"),
        ]);
    });
    let unknown = || unknown_ref(EntityKind::Source, "src-x");
    assert_eq!(
        problems,
        [
            problem(EntityKind::Fatality, "2", "source", unknown()),
            problem(EntityKind::Fatality, "3", "source", unknown()),
        ]
    );
}

#[test]
fn a_fatality_may_be_dated_outside_its_missions_period() {
    // As in the UN's file: deaths recorded after a mission's mandate ended (six UNAMID
    // deaths of 2021) or before the start its period records. See
    // `DatasetBuilder::validate`.
    let problems = with(|b| {
        b.fatality(fatality("after", "mission-a", "2016-08-01"))
            .fatality(fatality("before", "mission-a", "2009-12-31"));
    });
    assert_eq!(problems, Vec::new());
}

// ---- validation: battle deaths ----------------------------------------------------------

#[test]
fn battle_deaths_are_unique_per_territory_and_year() {
    let problems = with(|b| {
        b.battle_deaths(deaths("MLI", 2013, 900))
            .battle_deaths_records([
                deaths("MLI", 2013, 901),
                deaths("MLI", 2014, 10),
                deaths("NER", 2013, 900),
                deaths("MLI", 2013, 902),
                deaths("SOM", 2010, 2_000),
                deaths("SOM", 2010, 2_000),
            ]);
    });
    assert_eq!(
        problems,
        [
            problem(
                EntityKind::BattleDeaths,
                "MLI in 2013",
                "year",
                ProblemKind::DuplicateTerritoryYear { count: 3 }
            ),
            problem(
                EntityKind::BattleDeaths,
                "SOM in 2010",
                "year",
                ProblemKind::DuplicateTerritoryYear { count: 2 }
            ),
        ]
    );
    assert_eq!(
        problems_of(&{
            let mut b = base();
            b.battle_deaths_records([deaths("MLI", 2013, 1), deaths("MLI", 2013, 1)]);
            b
        })
        .len(),
        1
    );
}

#[test]
fn battle_deaths_cite_a_known_source() {
    let problems = with(|b| {
        b.battle_deaths(deaths("MLI", 2013, 900).with_source(id("src-a")))
            .battle_deaths(deaths("MLI", 2014, 10).with_source(id("ucdp")));
    });
    assert_eq!(
        problems,
        [problem(
            EntityKind::BattleDeaths,
            "MLI in 2014",
            "source",
            unknown_ref(EntityKind::Source, "ucdp")
        )]
    );
}

#[test]
fn battle_deaths_estimates_are_kept_as_the_source_gives_them() {
    // UCDP's own 2022 figure for Armenia has low 154 and high 153 (see `BattleDeaths`).
    let unordered = deaths("ARM", 2022, 153).with_range(154, 153);
    assert!(!unordered.is_ordered());
    let problems = with(|b| {
        b.battle_deaths(unordered);
    });
    assert_eq!(problems, Vec::new());
}

// ---- validation: ceilings ---------------------------------------------------------------

#[test]
fn a_ceiling_applies_from_a_date_within_its_missions_period() {
    let problems = with_ceilings(|c| {
        c.push(AuthorizedStrength::new(d("2009-12-31")).military(1));
        c.push(AuthorizedStrength::new(d("2016-01-01")).military(1));
        // The last day is within.
        c.push(AuthorizedStrength::new(d("2015-12-31")).military(1));
    });
    let outside = |date| ProblemKind::OutsideMissionPeriod {
        date: d(date),
        period: between("2010-01-01", "2015-12-31"),
    };
    assert_eq!(
        problems,
        [
            problem(
                EntityKind::Mission,
                "mission-a",
                "authorized_strength[2].as_of",
                outside("2009-12-31")
            ),
            problem(
                EntityKind::Mission,
                "mission-a",
                "authorized_strength[3].as_of",
                outside("2016-01-01")
            ),
        ]
    );
}

#[test]
fn no_two_ceilings_of_a_mission_apply_from_the_same_date() {
    let problems = with_ceilings(|c| {
        c.push(AuthorizedStrength::new(d("2012-06-01")).military(2_500));
        c.push(AuthorizedStrength::new(d("2012-06-02")).military(2_500));
        c.push(AuthorizedStrength::new(d("2012-06-01")).police(1));
    });
    let dup = || ProblemKind::DuplicateCeiling {
        as_of: d("2012-06-01"),
    };
    assert_eq!(
        problems,
        [
            problem(
                EntityKind::Mission,
                "mission-a",
                "authorized_strength[2].as_of",
                dup()
            ),
            problem(
                EntityKind::Mission,
                "mission-a",
                "authorized_strength[4].as_of",
                dup()
            ),
        ]
    );
}

#[test]
fn a_ceilings_observers_are_within_its_military_ceiling() {
    let problems = with_ceilings(|c| {
        // As many observers as the military ceiling: an observer mission.
        c.push(
            AuthorizedStrength::new(d("2013-01-01"))
                .military(40)
                .observers(40),
        );
        // Observers without a military ceiling: not checked.
        c.push(AuthorizedStrength::new(d("2013-02-01")).observers(40));
        c.push(
            AuthorizedStrength::new(d("2013-03-01"))
                .military(40)
                .observers(41),
        );
    });
    assert_eq!(
        problems,
        [problem(
            EntityKind::Mission,
            "mission-a",
            "authorized_strength[4].observers",
            ProblemKind::ObserversExceedMilitary {
                observers: 41,
                military: 40
            }
        )]
    );
    let ceiling = AuthorizedStrength::new(d("2013-03-01"))
        .military(40)
        .observers(41);
    assert_eq!(ceiling.troops(), None);
}

#[test]
fn a_ceilings_parts_are_within_its_uniformed_ceiling() {
    let problems = with_ceilings(|c| {
        // One figure for both, and the police set apart within it (AUSSOM in 2024:
        // 12,626 uniformed personnel including 1,040 police).
        c.push(
            AuthorizedStrength::new(d("2013-01-01"))
                .uniformed(12_626)
                .police(1_040),
        );
        c.push(
            AuthorizedStrength::new(d("2013-02-01"))
                .uniformed(100)
                .military(90)
                .police(11),
        );
    });
    assert_eq!(
        problems,
        [problem(
            EntityKind::Mission,
            "mission-a",
            "authorized_strength[3].uniformed",
            ProblemKind::PartsExceedUniformed {
                parts: 101,
                uniformed: 100
            }
        )]
    );
    // The uniformed ceiling is the total, whatever its parts; without it, the parts.
    let both = AuthorizedStrength::new(d("2013-01-01"))
        .uniformed(12_626)
        .police(1_040);
    assert_eq!(both.total(), 12_626);
    let parts = AuthorizedStrength::new(d("2013-01-01"))
        .military(90)
        .police(11);
    assert_eq!(parts.total(), 101);
    assert_eq!(
        ProblemKind::PartsExceedUniformed {
            parts: 101,
            uniformed: 100
        }
        .to_string(),
        "the military and police ceilings add up to 101, more than the ceiling of 100 uniformed personnel, which includes them"
    );
}

#[test]
fn a_ceilings_resolution_symbol_is_not_blank() {
    let problems = with_ceilings(|c| {
        c[1].resolution = Some(" ".into());
    });
    assert_eq!(
        problems,
        [problem(
            EntityKind::Mission,
            "mission-a",
            "authorized_strength[1].resolution",
            ProblemKind::Empty
        )]
    );
}

#[test]
fn the_new_problems_read_as_sentences() {
    let messages = [
        ProblemKind::DuplicateTerritoryYear { count: 2 }.to_string(),
        ProblemKind::DuplicateCeiling {
            as_of: d("2012-06-01"),
        }
        .to_string(),
        ProblemKind::ObserversExceedMilitary {
            observers: 41,
            military: 40,
        }
        .to_string(),
    ];
    assert_eq!(
        messages,
        [
            "2 battle-deaths records for the same territory and year",
            "another ceiling of the mission applies from the same date (2012-06-01)",
            "41 military observers exceed the military ceiling of 40, which includes them",
        ]
    );
    assert_eq!(EntityKind::BattleDeaths.to_string(), "battle-deaths");
    assert_eq!(EntityKind::Fatality.to_string(), "fatality");
}

// ---- queries: fatalities ----------------------------------------------------------------

/// Five fatalities of two missions: id, mission, date, cause, nationality.
fn with_fatalities() -> Dataset {
    let mut b = base();
    let f = |fid, mission, date, cause, nationality: Option<&str>| {
        let f = Fatality::new(fid, id(mission), d(date), StaffCategory::Police, cause);
        match nationality {
            Some(n) => f.with_nationality(id(n)),
            None => f,
        }
    };
    b.fatalities([
        f(
            "e",
            "mission-a",
            "2013-06-30",
            FatalityCause::Illness,
            Some("IND"),
        ),
        f(
            "a",
            "mission-a",
            "2012-01-01",
            FatalityCause::MaliciousAct,
            Some("NPL"),
        ),
        f(
            "b",
            "mission-b",
            "2012-01-01",
            FatalityCause::MaliciousAct,
            Some("IND"),
        ),
        f(
            "c",
            "mission-a",
            "2012-12-31",
            FatalityCause::Accident,
            None,
        ),
        // The same day as `a`, added later.
        f(
            "d",
            "mission-a",
            "2012-01-01",
            FatalityCause::MaliciousAct,
            Some("IND"),
        ),
    ]);
    build(b)
}

fn ids<'a>(it: impl Iterator<Item = &'a Fatality>) -> Vec<&'a str> {
    it.map(|f| f.id.as_str()).collect()
}

#[test]
fn fatalities_of_a_mission_in_a_period_come_in_date_order() {
    let data = with_fatalities();
    let year_2012 = between("2012-01-01", "2012-12-31");
    // Both ends included; same-day records in insertion order.
    assert_eq!(
        ids(data.fatalities_in("mission-a", year_2012)),
        ["a", "d", "c"]
    );
    assert_eq!(
        ids(data.fatalities_in("mission-a", since("2012-01-02"))),
        ["c", "e"]
    );
    assert_eq!(
        ids(data.fatalities_in("mission-a", between("2012-01-02", "2012-12-30"))),
        Vec::<&str>::new()
    );
    assert_eq!(ids(data.fatalities_in("mission-b", year_2012)), ["b"]);
    assert_eq!(data.fatalities_in("mission-x", year_2012).count(), 0);
    // Malicious acts, by filtering.
    assert_eq!(
        data.fatalities_in("mission-a", year_2012)
            .filter(|f| f.is_malicious())
            .count(),
        2
    );
}

#[test]
fn fatalities_of_a_nationality_in_a_period_span_missions() {
    let data = with_fatalities();
    let all_time = since("1948-01-01");
    assert_eq!(ids(data.fatalities_of("IND", all_time)), ["b", "d", "e"]);
    assert_eq!(
        ids(data.fatalities_of("IND", between("2012-01-01", "2012-12-31"))),
        ["b", "d"]
    );
    assert_eq!(ids(data.fatalities_of(" NPL ", all_time)), ["a"]);
    // No record of that nationality, and text that is no country code.
    assert_eq!(data.fatalities_of("FRA", all_time).count(), 0);
    assert_eq!(data.fatalities_of("India", all_time).count(), 0);
}

#[test]
fn fatalities_by_cause_and_during_a_period() {
    let data = with_fatalities();
    let all_time = since("1948-01-01");
    assert_eq!(
        ids(data.fatalities_during(all_time)),
        ["a", "b", "d", "c", "e"]
    );
    assert_eq!(
        ids(data.fatalities_during(between("2012-06-01", "2013-06-30"))),
        ["c", "e"]
    );
    assert_eq!(
        ids(data.fatalities_by_cause(FatalityCause::MaliciousAct, all_time)),
        ["a", "b", "d"]
    );
    assert_eq!(
        ids(data.fatalities_by_cause(FatalityCause::Illness, all_time)),
        ["e"]
    );
    assert_eq!(
        data.fatalities_by_cause(FatalityCause::SelfInflicted, all_time)
            .count(),
        0
    );
    assert_eq!(data.fatality("c").map(|f| f.date), Some(d("2012-12-31")));
    assert!(data.fatality("z").is_none());
}

// ---- queries: battle deaths -------------------------------------------------------------

fn with_battle_deaths() -> Dataset {
    let mut b = base();
    b.battle_deaths_records([
        deaths("MLI", 2012, 900),
        deaths("MLI", 2009, 0),
        deaths("NER", 2016, 40),
        deaths("MLI", 2015, 300),
        deaths("NER", 2010, 5),
        deaths("SOM", 2006, 3_000),
        deaths("SOM", 2007, 2_500),
        deaths("SOM", 2022, 3_500),
        deaths("MLI", 2010, 7),
    ]);
    build(b)
}

fn years<'a>(it: impl IntoIterator<Item = &'a BattleDeaths>) -> Vec<(String, i32, u32)> {
    it.into_iter()
        .map(|x| (x.territory.to_string(), x.year, x.best))
        .collect()
}

fn row(territory: &str, year: i32, best: u32) -> (String, i32, u32) {
    (territory.to_owned(), year, best)
}

#[test]
fn battle_deaths_of_a_territory_in_a_year() {
    let data = with_battle_deaths();
    assert_eq!(
        data.battle_deaths_in("MLI", 2012).map(|x| x.best),
        Some(900)
    );
    assert_eq!(data.battle_deaths_in("MLI", 2009).map(|x| x.best), Some(0));
    // Not recorded is not zero.
    assert!(data.battle_deaths_in("MLI", 2011).is_none());
    assert!(data.battle_deaths_in("MLI", 2030).is_none());
    assert!(data.battle_deaths_in("FRA", 2012).is_none());
    assert!(data.battle_deaths_in("Mali", 2012).is_none());
    assert_eq!(
        data.battle_deaths_in("MLI", 2012).map(BattleDeaths::level),
        Some(ConflictLevel::Minor)
    );
}

#[test]
fn battle_deaths_over_a_span_come_in_year_order() {
    let data = with_battle_deaths();
    assert_eq!(
        years(data.battle_deaths_over("MLI", 2010..=2015)),
        [
            row("MLI", 2010, 7),
            row("MLI", 2012, 900),
            row("MLI", 2015, 300)
        ]
    );
    assert_eq!(
        years(data.battle_deaths_over("MLI", 2010..2015)),
        [row("MLI", 2010, 7), row("MLI", 2012, 900)]
    );
    assert_eq!(
        years(data.battle_deaths_over("MLI", ..)),
        [
            row("MLI", 2009, 0),
            row("MLI", 2010, 7),
            row("MLI", 2012, 900),
            row("MLI", 2015, 300)
        ]
    );
    assert_eq!(
        years(data.battle_deaths_over("MLI", 2013..)),
        [row("MLI", 2015, 300)]
    );
    assert_eq!(
        years(data.battle_deaths_over("MLI", ..=2009)),
        [row("MLI", 2009, 0)]
    );
    let excluded_start = (
        std::ops::Bound::Excluded(2010),
        std::ops::Bound::Included(2012),
    );
    assert_eq!(
        years(data.battle_deaths_over("MLI", excluded_start)),
        [row("MLI", 2012, 900)]
    );
    // Empty and reversed spans give nothing, without a panic.
    assert_eq!(data.battle_deaths_over("MLI", 2013..=2014).count(), 0);
    #[allow(clippy::reversed_empty_ranges)]
    let reversed = 2015..=2010;
    assert_eq!(data.battle_deaths_over("MLI", reversed).count(), 0);
    assert_eq!(data.battle_deaths_over("FRA", ..).count(), 0);
}

#[test]
fn the_territory_years_of_a_missions_hosts_over_its_period() {
    let data = with_battle_deaths();
    // mission-a: 2010-2015, hosts Mali then Niger.
    assert_eq!(
        years(data.host_battle_deaths("mission-a")),
        [
            row("MLI", 2010, 7),
            row("MLI", 2012, 900),
            row("MLI", 2015, 300),
            row("NER", 2010, 5)
        ]
    );
    // mission-b: from 2007, ongoing.
    assert_eq!(
        years(data.host_battle_deaths("mission-b")),
        [row("SOM", 2007, 2_500), row("SOM", 2022, 3_500)]
    );
    assert!(data.host_battle_deaths("mission-x").is_empty());
}

// ---- queries: authorised and deployed strength ------------------------------------------

#[test]
fn the_ceilings_in_force_over_a_period() {
    let data = build(base());
    let military = |period| -> Vec<Option<u32>> {
        data.authorized_strength_over("mission-a", period)
            .iter()
            .map(|c| c.military)
            .collect()
    };
    // The ceiling in force at the start, then each change (stored out of date order).
    assert_eq!(
        military(between("2011-01-01", "2013-01-01")),
        [Some(1_000), Some(2_000)]
    );
    assert_eq!(military(between("2012-06-01", "2013-01-01")), [Some(2_000)]);
    assert_eq!(
        military(between("2012-05-31", "2012-06-01")),
        [Some(1_000), Some(2_000)]
    );
    assert_eq!(military(between("2011-01-01", "2011-12-31")), [Some(1_000)]);
    // Before any ceiling: the first one set during the period.
    assert_eq!(military(between("2005-01-01", "2011-01-01")), [Some(1_000)]);
    assert_eq!(military(since("2016-01-01")), [Some(2_000)]);
    assert!(
        data.authorized_strength_over("mission-b", since("2000-01-01"))
            .is_empty()
    );
    assert!(
        data.authorized_strength_over("mission-x", since("2000-01-01"))
            .is_empty()
    );
    let m = data.mission("mission-a").unwrap();
    assert_eq!(
        m.authorized_strength_on(d("2013-01-01")).map(|c| c.total()),
        Some(2_300)
    );
    assert_eq!(
        m.authorized_strength_on(d("2013-01-01"))
            .and_then(|c| c.troops()),
        Some(1_900)
    );
}

/// mission-a's personnel reports in 2011: contributor-a 100 from 2011-01-31;
/// contributor-a 100 and contributor-b 50 from 2011-07-31; nobody from 2011-10-31 (a
/// report of zero); contributor-b 10 from 2015-12-31.
fn with_reports() -> Dataset {
    let mut b = base();
    let report = |c: &str, date: &str, n: u32| {
        Contribution::personnel(id(c), id("mission-a"), d(date), troops(n, 0))
    };
    b.contributions([
        report("contributor-a", "2011-01-31", 100),
        report("contributor-a", "2011-07-31", 100),
        report("contributor-b", "2011-07-31", 50),
        report("contributor-a", "2011-10-31", 0),
        report("contributor-b", "2015-12-31", 10),
    ]);
    build(b)
}

fn totals(rows: Vec<(Date, Personnel)>) -> Vec<(Date, u64)> {
    rows.into_iter()
        .map(|(date, p)| (date, p.total()))
        .collect()
}

#[test]
fn a_missions_personnel_over_a_period_steps_at_each_report() {
    let data = with_reports();
    assert_eq!(
        totals(data.mission_personnel_over("mission-a", between("2011-01-01", "2011-12-31"))),
        [
            (d("2011-01-31"), 100),
            (d("2011-07-31"), 150),
            (d("2011-10-31"), 0)
        ]
    );
    // The report in force at the start, dated before it, comes first.
    assert_eq!(
        totals(data.mission_personnel_over("mission-a", between("2011-08-15", "2011-10-30"))),
        [(d("2011-07-31"), 150)]
    );
    // Clipped to the mission's period: the 2015-12-31 report is its last day's.
    assert_eq!(
        totals(data.mission_personnel_over("mission-a", since("2015-01-01"))),
        [(d("2011-10-31"), 0), (d("2015-12-31"), 10)]
    );
    assert!(
        data.mission_personnel_over("mission-a", since("2016-01-01"))
            .is_empty()
    );
    assert!(
        data.mission_personnel_over("mission-b", since("2016-01-01"))
            .is_empty()
    );
    assert!(
        data.mission_personnel_over("mission-x", since("2016-01-01"))
            .is_empty()
    );
    // The same figures as the deployments on each date.
    for (date, total) in totals(data.mission_personnel_over("mission-a", since("2010-01-01"))) {
        let deployed: u64 = data
            .deployments_in("mission-a", date)
            .iter()
            .map(|x| x.personnel.total())
            .sum();
        assert_eq!(deployed, total, "{date}");
    }
}

#[test]
fn personnel_years_integrate_the_reports_over_the_days_in_force() {
    let data = with_reports();
    let year_2011 = between("2011-01-01", "2011-12-31");
    // 2011-01-01..=01-30: nobody (30 days); 01-31..=07-30: 100 (181 days);
    // 07-31..=10-30: 150 (92 days); 10-31..=12-31: nobody (62 days).
    let person_days = 100.0 * 181.0 + 150.0 * 92.0;
    assert_eq!(
        data.personnel_years("mission-a", year_2011),
        Some(person_days / 365.25)
    );
    // A period starting mid-report.
    assert_eq!(
        data.personnel_years("mission-a", between("2011-07-01", "2011-08-01")),
        Some((100.0 * 30.0 + 150.0 * 2.0) / 365.25)
    );
    // One day.
    assert_eq!(
        data.personnel_years("mission-a", between("2011-07-31", "2011-07-31")),
        Some(150.0 / 365.25)
    );
    // Clipped to the mission's period: only its last day counts the last report, and an
    // open period ends with the mission.
    assert_eq!(
        data.personnel_years("mission-a", since("2015-12-01")),
        Some(10.0 / 365.25)
    );
    // No overlap with the mission, an ongoing mission over an open period, an unknown
    // mission, a mission without reports.
    assert_eq!(
        data.personnel_years("mission-a", since("2016-01-01")),
        Some(0.0)
    );
    assert_eq!(data.personnel_years("mission-b", since("2016-01-01")), None);
    assert_eq!(data.personnel_years("mission-x", year_2011), None);
    assert_eq!(data.personnel_years("mission-b", year_2011), Some(0.0));
}

#[test]
fn a_fatality_rate_per_thousand_personnel_years() {
    let mut b = with_reports().into_builder();
    b.fatalities([
        fatality("1", "mission-a", "2011-03-01"),
        fatality("2", "mission-a", "2011-08-01"),
        Fatality::new(
            "3",
            id("mission-a"),
            d("2011-09-01"),
            StaffCategory::Military,
            FatalityCause::Illness,
        ),
        // Outside the year.
        fatality("4", "mission-a", "2012-01-01"),
    ]);
    let data = build(b);
    let year_2011 = between("2011-01-01", "2011-12-31");
    let malicious = data
        .fatalities_in("mission-a", year_2011)
        .filter(|f| f.is_malicious() && f.category.is_uniformed())
        .count();
    let years = data.personnel_years("mission-a", year_2011).unwrap();
    let rate = 1000.0 * malicious as f64 / years;
    // 2 deaths over (18,100 + 13,800) / 365.25 = 87.337... person-years.
    assert_eq!(malicious, 2);
    assert!((rate - 2000.0 * 365.25 / 31_900.0).abs() < 1e-9, "{rate}");
}

// ---- JSON -------------------------------------------------------------------------------

#[cfg(feature = "serde")]
mod json {
    use peacekeeping_core::*;
    use serde_json::json;

    use super::{base, deaths, fatality};
    use crate::common::{build, d, id, locations};

    /// The base dataset with a fatality and a battle-deaths record using every field.
    fn rich() -> Dataset {
        let mut b = base();
        b.fatality(
            Fatality::new(
                "1",
                id("mission-a"),
                d("2012-03-04"),
                StaffCategory::LocalCivilian,
                FatalityCause::ToBeDetermined,
            )
            .with_nationality(id("MLI"))
            .with_gender(Gender::Female)
            .with_source(id("src-a")),
        )
        .fatality(fatality("2", "mission-b", "2010-01-01"))
        .battle_deaths(
            deaths("MLI", 2012, 900)
                .with_range(850, 1_000)
                .with_source(id("src-a")),
        )
        .battle_deaths(deaths("SOM", 2010, 2_000));
        build(b)
    }

    #[test]
    fn outcome_records_round_trip_through_json() {
        let (text, at) = crate::common::json_round_trip(&rich());
        // The new sections come last, fatalities first.
        assert!(at("missions") < at("fatalities"), "{text}");
        assert!(at("fatalities") < at("battle_deaths"), "{text}");
    }

    #[test]
    fn the_json_forms_of_the_outcome_records_are_as_documented() {
        let data = rich();
        let value = serde_json::to_value(&data).unwrap();
        assert_eq!(
            value["fatalities"],
            json!([
                {"id": "1", "mission": "mission-a", "date": "2012-03-04", "category": "local-civilian",
                 "cause": "to-be-determined", "nationality": "MLI", "gender": "female", "source": "src-a"},
                {"id": "2", "mission": "mission-b", "date": "2010-01-01", "category": "military",
                 "cause": "malicious-act"}
            ])
        );
        assert_eq!(
            value["battle_deaths"],
            json!([
                {"territory": "MLI", "year": 2012, "best": 900, "low": 850, "high": 1000, "source": "src-a"},
                {"territory": "SOM", "year": 2010, "best": 2000}
            ])
        );
        assert_eq!(
            value["missions"][0]["authorized_strength"],
            json!([
                {"as_of": "2012-06-01", "military": 2000, "police": 300, "observers": 100, "resolution": "S/RES/1 (2012)"},
                {"as_of": "2010-01-01", "military": 1000, "police": 200}
            ])
        );
    }

    #[test]
    fn the_examples_of_the_format_document_read() {
        let doc = std::fs::read_to_string(crate::json::FORMAT_DOC).unwrap();
        let first_block = |heading: &str| {
            let blocks = crate::json::code_blocks_after(&doc, heading);
            assert_eq!(blocks[0].0, "json", "{heading}");
            blocks[0].1.clone()
        };
        // The three ceilings: MINUSMA (resolution 2100 (2013)), MONUSCO (1925 (2010)) and
        // AMISOM (2124 (2013)).
        let ceilings: Vec<AuthorizedStrength> = first_block("A ceiling object is")
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(
            ceilings,
            [
                AuthorizedStrength::new(d("2013-07-01"))
                    .military(11_200)
                    .police(1_440)
                    .set_by("S/RES/2100 (2013)"),
                AuthorizedStrength::new(d("2010-07-01"))
                    .military(19_815 + 760)
                    .observers(760)
                    .police(391 + 1_050)
                    .set_by("S/RES/1925 (2010)"),
                AuthorizedStrength::new(d("2013-11-12"))
                    .uniformed(22_126)
                    .set_by("S/RES/2124 (2013)"),
            ]
        );
        assert_eq!(ceilings[1].troops(), Some(19_815));
        assert_eq!(ceilings[2].total(), 22_126);
        // Row 3175 of the UN's fatality file.
        let f: Fatality = serde_json::from_str(&first_block("### `fatalities`")).unwrap();
        assert_eq!(
            f,
            Fatality::new(
                "3175",
                id("MINUSMA"),
                d("2013-10-23"),
                StaffCategory::Military,
                FatalityCause::MaliciousAct
            )
            .with_nationality(id("TCD"))
            .with_gender(Gender::Male)
            .with_source(id("un-fatalities"))
        );
        // Mali 2013, UCDP GED 23.1.
        let b: BattleDeaths = serde_json::from_str(&first_block("### `battle_deaths`")).unwrap();
        assert_eq!(
            b,
            deaths("MLI", 2013, 818)
                .with_range(818, 1_011)
                .with_source(id("ucdp-brd"))
        );
        assert_eq!(b.level(), ConflictLevel::Minor);
    }

    /// A file with bad fatalities, bad battle-deaths records and bad ceilings.
    const BAD: &str = r#"{
      "missions": [
        {"id": "mission-a", "acronym": "A", "name": "A", "kind": "un-peacekeeping",
         "period": {"start": "2010-01-01", "end": "2015-12-31"},
         "authorized_strength": [
           {"as_of": "2009-01-01", "military": 5, "observers": 6, "resolution": ""},
           {"as_of": "2012-01-01", "military": 5},
           {"as_of": "2013-01-01", "uniformed": 10, "military": 8, "police": 3}
         ]},
        {"id": "mission-w", "acronym": "W", "name": "W", "kind": "un-peacekeeping",
         "period": {"start": "2010-01-01"},
         "authorized_strength": [{"as_of": "2012-01-01", "uniformed": -10}]},
        {"id": "mission-y", "acronym": "Y", "name": "Y", "kind": "un-peacekeeping",
         "period": {"start": "2010-01-01"},
         "authorized_strength": [{"as_of": "2012-01-01", "military": 5, "troops": 5}]},
        {"id": "mission-z", "name": "No acronym", "kind": "un-peacekeeping", "period": {"start": "2010-01-01"}}
      ],
      "fatalities": [
        {"id": "1", "mission": "mission-a", "date": "2011-01-01", "category": "military", "cause": "friendly-fire"},
        {"id": "2", "mission": "mission-x", "date": "2011-01-01", "category": "police", "cause": "accident"},
        {"id": "3", "mission": "mission-z", "date": "2011-01-01", "category": "police", "cause": "accident"},
        {"mission": "mission-a", "date": "2011-01-01", "category": "police", "cause": "accident"},
        {"id": "5", "mission": "mission-a", "date": "2011-02-30", "category": "police", "cause": "accident"},
        {"id": "6", "mission": "mission-a", "date": "2011-01-01", "category": "police", "cause": "illness", "source": "ucdp"}
      ],
      "battle_deaths": [
        {"territory": "MLI", "year": 2013, "best": -5},
        {"territory": "MLI", "year": 2014, "best": 5},
        {"territory": "MLI", "year": 2014, "best": 6},
        {"territory": "XXX", "year": 2014, "best": 5},
        {"territory": "NER", "year": 2014},
        {"territory": "NER", "year": 2015, "best": 5, "source": "ucdp"}
      ]
    }"#;

    #[test]
    fn every_problem_of_outcome_records_is_reported_in_one_pass() {
        let report = crate::json::invalid(BAD);
        let found = locations(&report);
        use EntityKind as K;
        assert_eq!(
            found,
            [
                // Ceilings: before the period, observers above the military ceiling, a
                // blank symbol, parts above the uniformed ceiling, a negative count, an
                // unknown field.
                (K::Mission, "mission-a", "authorized_strength[0].as_of"),
                (K::Mission, "mission-a", "authorized_strength[0].observers"),
                (K::Mission, "mission-a", "authorized_strength[0].resolution"),
                (K::Mission, "mission-a", "authorized_strength[2].uniformed"),
                (K::Mission, "mission-w", "authorized_strength[0].uniformed"),
                (K::Mission, "mission-y", "authorized_strength[0].troops"),
                // A mission that cannot be read: the fatality naming it is not reported.
                (K::Mission, "mission-z", "acronym"),
                // A fatality without an id is named by its position.
                (K::Fatality, "#3", "id"),
                (K::Fatality, "1", "cause"),
                (K::Fatality, "2", "mission"),
                (K::Fatality, "5", "date"),
                (K::Fatality, "6", "source"),
                (K::BattleDeaths, "MLI in 2013", "best"),
                (K::BattleDeaths, "MLI in 2014", "year"),
                (K::BattleDeaths, "NER in 2014", "best"),
                (K::BattleDeaths, "NER in 2015", "source"),
                (K::BattleDeaths, "XXX in 2014", "territory"),
            ],
            "{report}"
        );
        let text = report.to_string();
        for needle in [
            "2009-01-01 is outside the mission's period 2010-01-01..=2015-12-31",
            "6 military observers exceed the military ceiling of 5",
            "authorized_strength[0].resolution`: is empty",
            "unknown field `troops`",
            "unknown fatality cause \"friendly-fire\"",
            "unknown mission `mission-x`",
            "invalid date \"2011-02-30\"",
            "unknown source `ucdp`",
            "2 battle-deaths records for the same territory and year",
            "missing field `best`",
            "\"XXX\" is not an ISO 3166-1 alpha-3 country code",
        ] {
            assert!(text.contains(needle), "{needle:?} not in {text}");
        }
        assert!(!text.contains("unknown mission `mission-z`"), "{text}");
    }
}
