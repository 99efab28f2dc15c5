//! A small dataset built in code, with numbers that can be checked by hand, shared by the
//! partnership-graph, projection, withdrawal, interoperability and composition tests.
//!
//! Three made-up contributors (of kind `ngo`, so that they need no ISO country code)
//! and an organization; two missions; monthly reports for January to March
//! 2013:
//!
//! | report | M1 | M2 |
//! |---|---|---|
//! | 2013-01-31 | AAA 100, BBB 40 | AAA 10, CCC 5 |
//! | 2013-02-28 | AAA 100, BBB 60 | (none: January carries over) |
//! | 2013-03-31 | AAA 90 (BBB gone) | AAA 10, CCC 5 |

use peacekeeping_core::*;

pub(crate) fn d(y: i32, m: u32, day: u32) -> Date {
    Date::new(y, m, day).unwrap()
}

fn troops(who: &str, mission: &str, date: Date, n: u32) -> Contribution {
    Contribution::personnel(
        who.parse().unwrap(),
        mission.parse().unwrap(),
        date,
        Personnel::of(PersonnelCategory::Troops, Headcount::total_only(n)),
    )
}

pub(crate) fn small() -> Dataset {
    let fr: LanguageCode = "fr".parse().unwrap();
    let en: LanguageCode = "en".parse().unwrap();
    let mut b = Dataset::builder();
    b.actor(Actor::new(
        "ORG".parse().unwrap(),
        "An organization",
        ActorKind::RegionalOrganization,
    ))
    .actor(
        Actor::new("AAA".parse().unwrap(), "Contributor A", ActorKind::Ngo)
            .with_region(Region::Africa)
            .with_languages(vec![fr, en]),
    )
    .actor(
        Actor::new("BBB".parse().unwrap(), "Contributor B", ActorKind::Ngo)
            .with_region(Region::Asia)
            .with_languages(vec![fr]),
    )
    .actor(
        Actor::new("CCC".parse().unwrap(), "Contributor C", ActorKind::Ngo)
            .with_region(Region::Africa)
            .with_languages(vec![en]),
    )
    .membership(Membership::new(
        "AAA".parse().unwrap(),
        "ORG".parse().unwrap(),
        Period::since(d(2000, 1, 1)),
        MembershipStatus::Full,
    ))
    .membership(Membership::new(
        "BBB".parse().unwrap(),
        "ORG".parse().unwrap(),
        Period::since(d(2000, 1, 1)),
        MembershipStatus::Full,
    ))
    .membership(Membership::new(
        "CCC".parse().unwrap(),
        "ORG".parse().unwrap(),
        Period::between(d(2012, 1, 1), d(2013, 2, 14)).unwrap(),
        MembershipStatus::Suspended,
    ))
    .mission(Mission::new(
        "M1".parse().unwrap(),
        "Mission one",
        MissionKind::UnPeacekeeping,
        Period::since(d(2012, 1, 1)),
    ))
    .mission(Mission::new(
        "M2".parse().unwrap(),
        "Mission two",
        MissionKind::RegionalOperation,
        Period::between(d(2012, 1, 1), d(2013, 12, 31)).unwrap(),
    ))
    .partnership(
        Partnership::new(
            "ab".parse().unwrap(),
            "A and B",
            PartnershipKind::Bilateral,
            Period::since(d(2011, 1, 1)),
        )
        .with_party(Party::new("AAA".parse().unwrap(), PartyRole::Lead))
        .with_party(Party::new("BBB".parse().unwrap(), PartyRole::Supporting)),
    )
    .friction(
        Friction::new(
            "ab-roe".parse().unwrap(),
            "ab".parse().unwrap(),
            FrictionKind::RulesOfEngagement,
            Severity::Moderate,
            d(2012, 6, 1),
        )
        .with_actor("BBB".parse().unwrap()),
    )
    .training(
        Training::new(
            "ex".parse().unwrap(),
            "An exercise",
            TrainingKind::Exercise,
            Period::between(d(2013, 2, 1), d(2013, 2, 10)).unwrap(),
        )
        .with_organizer("AAA".parse().unwrap())
        .with_participant("BBB".parse().unwrap())
        .with_participant("CCC".parse().unwrap()),
    )
    .contribution(troops("AAA", "M1", d(2013, 1, 31), 100))
    .contribution(troops("BBB", "M1", d(2013, 1, 31), 40))
    .contribution(troops("AAA", "M2", d(2013, 1, 31), 10))
    .contribution(troops("CCC", "M2", d(2013, 1, 31), 5))
    .contribution(troops("AAA", "M1", d(2013, 2, 28), 100))
    .contribution(troops("BBB", "M1", d(2013, 2, 28), 60))
    .contribution(troops("AAA", "M1", d(2013, 3, 31), 90))
    .contribution(troops("AAA", "M2", d(2013, 3, 31), 10))
    .contribution(troops("CCC", "M2", d(2013, 3, 31), 5));
    b.build().unwrap()
}

pub(crate) fn reference() -> &'static Dataset {
    peacekeeping_data::reference::dataset()
}
