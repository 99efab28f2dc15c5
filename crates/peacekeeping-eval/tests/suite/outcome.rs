//! The outcome measures on hand-made records whose answers are checked by hand: missing
//! years, censored spells, conflicts that go on, months without a ceiling.

use peacekeeping_core::{
    AuthorizedStrength, BattleDeaths, CountryCode, Date, Fatality, FatalityCause, MissionId,
    Period, StaffCategory,
};
use peacekeeping_eval::outcome;

fn code(s: &str) -> CountryCode {
    s.parse().unwrap()
}

fn date(y: i32, m: u32, d: u32) -> Date {
    Date::new(y, m, d).unwrap()
}

fn deaths(territory: &str, years: &[(i32, u32)]) -> Vec<BattleDeaths> {
    years
        .iter()
        .map(|&(y, best)| BattleDeaths::new(code(territory), y, best))
        .collect()
}

#[test]
fn violence_counts_missing_years_as_missing_and_ignores_other_territories() {
    let mut all = deaths("SDN", &[(2001, 100), (2003, 50), (2004, 1000), (2008, 0)]);
    all.extend(deaths("TCD", &[(2002, 99_999), (2004, 99_999)]));
    let op = Period::between(date(2004, 7, 1), date(2007, 12, 31)).unwrap();
    let p = outcome::violence(&all, code("SDN"), op, 3);
    let before = p.before.as_ref().unwrap();
    assert_eq!(before.years, 2001..=2003);
    assert_eq!(
        (before.total, before.observed, before.missing.clone()),
        (150, 2, vec![2002])
    );
    assert_eq!(before.mean(), Some(75.0));
    let during = p.during.as_ref().unwrap();
    assert_eq!(during.years, 2004..=2007);
    assert_eq!(
        (during.total, during.missing.clone()),
        (1000, vec![2005, 2006, 2007])
    );
    let after = p.after.as_ref().unwrap();
    assert_eq!(
        (after.years.clone(), after.mean()),
        (2008..=2010, Some(0.0))
    );
    assert_eq!(p.change_during(), Some(925.0));
    assert_eq!(p.change_after(), Some(-75.0));
    // No window before or after with a window of 0 years; a window without a record has
    // no mean.
    let p = outcome::violence(&all, code("SDN"), op, 0);
    assert!(p.before.is_none() && p.after.is_none());
    let p = outcome::violence(&all, code("ETH"), op, 2);
    assert_eq!(p.before.as_ref().and_then(|w| w.mean()), None);
    assert_eq!(p.change_during(), None);
}

#[test]
fn an_ongoing_operation_runs_to_the_last_recorded_year_and_has_no_after() {
    let all = deaths("MLI", &[(2012, 900), (2013, 600), (2014, 300), (2015, 150)]);
    let p = outcome::violence(&all, code("MLI"), Period::since(date(2013, 7, 1)), 5);
    assert_eq!(p.during.as_ref().unwrap().years, 2013..=2015);
    assert_eq!(p.during.unwrap().mean(), Some(350.0));
    assert!(p.after.is_none());
    // Begun after the last record: its own first year, missing.
    let p = outcome::violence(&all, code("MLI"), Period::since(date(2020, 1, 1)), 1);
    assert_eq!(p.during.unwrap().missing, [2020]);
}

#[test]
fn peace_after_follows_the_ucdp_threshold_and_says_when_it_is_censored() {
    let all = deaths(
        "LBR",
        &[(2003, 1500), (2004, 24), (2005, 25), (2010, 0), (2011, 0)],
    );
    // Ended in 2003 at war: 2004 below 25, 2005 at 25: war again.
    let s = outcome::peace_after(&all, code("LBR"), date(2003, 10, 1), 10).unwrap();
    assert!(s.active_at_end);
    assert_eq!(
        (s.years_at_peace, s.relapse, s.censored),
        (1, Some(2005), false)
    );
    // Ended in 2009 (no record): 2010 and 2011 at peace, then the records end.
    let s = outcome::peace_after(&all, code("LBR"), date(2009, 6, 30), 10).unwrap();
    assert!(!s.active_at_end);
    assert_eq!((s.years_at_peace, s.relapse, s.censored), (2, None, true));
    // The horizon caps the spell without censoring it.
    let s = outcome::peace_after(&all, code("LBR"), date(2009, 6, 30), 1).unwrap();
    assert_eq!((s.years_at_peace, s.censored), (1, false));
    // No record of the territory at all.
    assert!(outcome::peace_after(&all, code("SLE"), date(2005, 12, 31), 10).is_none());
}

#[test]
fn fatality_rate_counts_uniformed_deaths_only_and_no_rate_without_exposure() {
    let minusma: MissionId = "MINUSMA".parse().unwrap();
    let f = |id: &str, category, cause| {
        Fatality::new(id, minusma.clone(), date(2014, 3, 2), category, cause)
    };
    let all = [
        f("a", StaffCategory::Military, FatalityCause::MaliciousAct),
        f(
            "b",
            StaffCategory::MilitaryObserver,
            FatalityCause::Accident,
        ),
        f(
            "c",
            StaffCategory::InternationalCivilian,
            FatalityCause::MaliciousAct,
        ),
        f("d", StaffCategory::Other, FatalityCause::MaliciousAct),
        f("e", StaffCategory::Police, FatalityCause::ToBeDetermined),
    ];
    let rate = outcome::fatality_rate(&all, 1_500.0);
    assert_eq!((rate.deaths, rate.malicious), (3, 1));
    assert!((rate.malicious_per_1000().unwrap() - 2.0 / 3.0).abs() < 1e-12);
    assert_eq!(rate.per_1000(), Some(2.0));
    for none in [0.0, -5.0, f64::NAN, f64::INFINITY] {
        let r = outcome::fatality_rate(&all, none);
        assert_eq!((r.personnel_years, r.malicious_per_1000()), (0.0, None));
    }
    assert_eq!(outcome::fatality_rate([], 10.0).per_1000(), Some(0.0));
}

#[test]
fn delivery_uses_the_ceiling_in_force_at_each_month_end() {
    let ceilings = [
        AuthorizedStrength::new(date(2010, 1, 15)).military(1_000),
        AuthorizedStrength::new(date(2010, 3, 1))
            .military(2_000)
            .police(1_000),
        // A ceiling without figures is no ceiling.
        AuthorizedStrength::new(date(2010, 5, 1)),
    ];
    let deployed = [
        (date(2010, 1, 31), 500.0),   // 0.5
        (date(2010, 2, 28), 1_200.0), // 1.2, above the ceiling: kept
        (date(2010, 3, 31), 1_500.0), // 0.5
        (date(2010, 5, 31), 3_000.0), // no ceiling in force
    ];
    let d = outcome::delivery(&deployed, &ceilings).unwrap();
    assert_eq!((d.months, d.without_ceiling, d.short_months), (3, 1, 2));
    assert!((d.mean_ratio - 2.2 / 3.0).abs() < 1e-12);
    assert!(outcome::delivery(&deployed, &[]).is_none());
    // A ceiling of uniformed personnel is the ceiling, not the police set apart within
    // it (AUSSOM, resolution 2767 (2024): 12,626 including 1,040 police).
    let aussom = [AuthorizedStrength::new(date(2025, 1, 1))
        .uniformed(12_626)
        .police(1_040)];
    let d = outcome::delivery(&[(date(2025, 1, 31), 12_626.0 / 2.0)], &aussom).unwrap();
    assert_eq!((d.months, d.short_months), (1, 1));
    assert!((d.mean_ratio - 0.5).abs() < 1e-12);
}

#[test]
fn contributors_continuity_needs_consecutive_years() {
    let years = outcome::contributors([
        (2010, "BGD", 100.0),
        (2010, "BGD", 100.0), // summed: 200
        (2010, "PAK", 200.0),
        (2010, "GHA", 0.0), // no personnel: not a contributor
        (2012, "BGD", 50.0),
        (2013, "PAK", 50.0),
    ]);
    let got: Vec<_> = years
        .iter()
        .map(|y| (y.year, y.count, y.effective_number, y.retained))
        .collect();
    assert_eq!(
        got,
        [
            (2010, 2, 2.0, None),
            (2012, 1, 1.0, None),
            (2013, 1, 1.0, Some(0.0)),
        ]
    );
    assert_eq!(years[1].fractionalization, 0.0);
    assert!(outcome::contributors(Vec::<(i32, &str, f64)>::new()).is_empty());
}
