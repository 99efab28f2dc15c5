//! One test per validation rule of `DatasetBuilder::validate`: a valid base dataset plus
//! one faulty record must give exactly the expected problem (record, field and kind).

use peacekeeping_core::*;

use crate::common::{
    Flat, between, build, d, id, problem, problems_of, since, synthetic_contributor,
    synthetic_mission, troops,
};

/// A small valid dataset the tests below add one fault to. Dates of real organizations
/// are the well-known ones (AU from 2002-07-09, OAU 1963-05-25..2002-07-09, EU from
/// 1993-11-01, the UK's EU membership ending 2020-01-31); personnel figures are synthetic.
fn base() -> DatasetBuilder {
    let mut b = Dataset::builder();
    b.source(Source::new(
        id("src-a"),
        SourceKind::OfficialDocument,
        "A source",
        "A publisher",
    ))
    .actor(Actor::new(
        id("UN"),
        "United Nations",
        ActorKind::UnitedNations,
    ))
    .actor(
        Actor::new(
            id("OAU"),
            "Organisation of African Unity",
            ActorKind::RegionalOrganization,
        )
        .with_existence(between("1963-05-25", "2002-07-09")),
    )
    .actor(
        Actor::new(id("AU"), "African Union", ActorKind::RegionalOrganization)
            .with_existence(since("2002-07-09"))
            .with_predecessor(id("OAU"))
            .with_source(id("src-a")),
    )
    .actor(
        Actor::new(id("EU"), "European Union", ActorKind::RegionalOrganization)
            .with_existence(since("1993-11-01")),
    )
    .actor(Actor::state(id("FRA"), "France").unwrap())
    .actor(Actor::state(id("GBR"), "United Kingdom").unwrap())
    .actor(Actor::state(id("MAR"), "Morocco").unwrap())
    .actor(Actor::state(id("MLI"), "Mali").unwrap())
    .actor(Actor::new(
        id("msf"),
        "Médecins Sans Frontières",
        ActorKind::Ngo,
    ))
    .actor(synthetic_contributor("contributor-a"))
    .membership(Membership::new(
        id("GBR"),
        id("EU"),
        between("1993-11-01", "2020-01-31"),
        MembershipStatus::Full,
    ))
    .membership(
        Membership::new(
            id("MAR"),
            id("AU"),
            since("2017-01-30"),
            MembershipStatus::Full,
        )
        .with_source(id("src-a")),
    )
    .mission(
        synthetic_mission("mission-a", between("2010-01-01", "2015-12-31")).with_lead(id("UN")),
    )
    .partnership(
        Partnership::new(
            id("fra-gbr"),
            "France-UK defence cooperation",
            PartnershipKind::Bilateral,
            since("2010-11-02"),
        )
        .with_party(Party::new(id("FRA"), PartyRole::Participant))
        .with_party(Party::new(id("GBR"), PartyRole::Participant)),
    )
    // Synthetic figure.
    .contribution(Contribution::personnel(
        id("contributor-a"),
        id("mission-a"),
        d("2013-12-31"),
        troops(100, 10),
    ))
    .training(
        Training::new(
            id("training-a"),
            "A synthetic exercise",
            TrainingKind::Exercise,
            between("2012-05-01", "2012-05-20"),
        )
        .with_organizer(id("FRA"))
        .with_participant(id("MLI")),
    )
    .friction(Friction::new(
        id("friction-a"),
        id("fra-gbr"),
        FrictionKind::CommunicationBarrier,
        Severity::Low,
        d("2012-01-01"),
    ))
    .lesson(
        Lesson::new(
            id("lesson-a"),
            LessonKind::BestPractice,
            "A synthetic lesson",
        )
        .with_partnership(id("fra-gbr"))
        .with_mission(id("mission-a")),
    );
    b
}

/// Adds records to the base and returns the problems found.
fn with(add: impl FnOnce(&mut DatasetBuilder)) -> Vec<Flat> {
    let mut b = base();
    add(&mut b);
    problems_of(&b)
}

fn membership_key(member: &str, org: &str, start: &str) -> String {
    format!("{member} in {org} from {start}")
}

#[test]
fn the_base_dataset_is_valid() {
    assert_eq!(problems_of(&base()), Vec::new());
    let data = build(base());
    assert_eq!(data.actors().len(), 10);
}

// ---- ids ------------------------------------------------------------------------------

#[test]
fn duplicate_ids_of_every_kind_are_reported_once_with_their_count() {
    let problems = with(|b| {
        b.source(Source::new(
            id("src-a"),
            SourceKind::Media,
            "Another",
            "Someone",
        ))
        .actor(Actor::state(id("FRA"), "France").unwrap())
        .actor(Actor::state(id("FRA"), "France").unwrap())
        .mission(synthetic_mission("mission-a", since("2000-01-01")))
        .partnership(
            Partnership::new(
                id("fra-gbr"),
                "Again",
                PartnershipKind::Bilateral,
                since("2011-01-01"),
            )
            .with_party(Party::new(id("FRA"), PartyRole::Lead))
            .with_party(Party::new(id("GBR"), PartyRole::Participant)),
        )
        .training(Training::new(
            id("training-a"),
            "Again",
            TrainingKind::Programme,
            since("2012-01-01"),
        ))
        .friction(Friction::new(
            id("friction-a"),
            id("fra-gbr"),
            FrictionKind::CapabilityGap,
            Severity::High,
            d("2013-01-01"),
        ))
        .lesson(Lesson::new(
            id("lesson-a"),
            LessonKind::LessonLearned,
            "Again",
        ));
    });
    let dup = |count| ProblemKind::DuplicateId { count };
    assert_eq!(
        problems,
        vec![
            problem(EntityKind::Source, "src-a", "id", dup(2)),
            problem(EntityKind::Actor, "FRA", "id", dup(3)),
            problem(EntityKind::Mission, "mission-a", "id", dup(2)),
            problem(EntityKind::Partnership, "fra-gbr", "id", dup(2)),
            problem(EntityKind::Training, "training-a", "id", dup(2)),
            problem(EntityKind::Friction, "friction-a", "id", dup(2)),
            problem(EntityKind::Lesson, "lesson-a", "id", dup(2)),
        ]
    );
}

#[test]
fn duplicate_personnel_reports_are_reported_but_not_other_contributions_on_the_same_day() {
    let problems = with(|b| {
        // Synthetic figures.
        b.contribution(Contribution::personnel(
            id("contributor-a"),
            id("mission-a"),
            d("2013-12-31"),
            troops(5, 0),
        ))
        .contribution(Contribution::new(
            id("contributor-a"),
            id("mission-a"),
            d("2013-12-31"),
            Contributed::Funding {
                amount: 1000.0,
                currency: id("USD"),
            },
        ))
        .contribution(Contribution::new(
            id("contributor-a"),
            id("mission-a"),
            d("2013-12-31"),
            Contributed::Asset {
                capability: Capability::Helicopters,
                quantity: 2,
            },
        ));
    });
    assert_eq!(
        problems,
        vec![problem(
            EntityKind::Contribution,
            "contributor-a to mission-a on 2013-12-31",
            "date",
            ProblemKind::DuplicateReport { count: 2 },
        )]
    );
}

// ---- references -----------------------------------------------------------------------

#[test]
fn a_contribution_to_an_unknown_mission_is_a_dangling_reference() {
    let problems = with(|b| {
        b.contribution(Contribution::personnel(
            id("contributor-a"),
            id("mission-x"),
            d("2013-12-31"),
            troops(1, 1),
        ));
    });
    assert_eq!(
        problems,
        vec![problem(
            EntityKind::Contribution,
            "contributor-a to mission-x on 2013-12-31",
            "mission",
            ProblemKind::UnknownReference {
                target: EntityKind::Mission,
                id: "mission-x".into()
            },
        )]
    );
}

#[test]
fn a_contribution_from_an_unknown_contributor_or_citing_an_unknown_source_is_reported() {
    let problems = with(|b| {
        b.contribution(
            Contribution::personnel(
                id("contributor-x"),
                id("mission-a"),
                d("2014-01-31"),
                troops(1, 0),
            )
            .with_source(id("src-x")),
        );
    });
    let key = "contributor-x to mission-a on 2014-01-31";
    assert_eq!(
        problems,
        vec![
            problem(
                EntityKind::Contribution,
                key,
                "contributor",
                ProblemKind::UnknownReference {
                    target: EntityKind::Actor,
                    id: "contributor-x".into()
                },
            ),
            problem(
                EntityKind::Contribution,
                key,
                "source",
                ProblemKind::UnknownReference {
                    target: EntityKind::Source,
                    id: "src-x".into()
                },
            ),
        ]
    );
}

#[test]
fn a_membership_in_an_unknown_actor_is_a_dangling_reference() {
    let problems = with(|b| {
        b.membership(Membership::new(
            id("MAR"),
            id("ECOWAS"),
            since("2017-01-30"),
            MembershipStatus::Full,
        ));
    });
    assert_eq!(
        problems,
        vec![problem(
            EntityKind::Membership,
            &membership_key("MAR", "ECOWAS", "2017-01-30"),
            "organization",
            ProblemKind::UnknownReference {
                target: EntityKind::Actor,
                id: "ECOWAS".into()
            },
        )]
    );
}

#[test]
fn a_membership_of_an_unknown_member_is_a_dangling_reference() {
    let problems = with(|b| {
        b.membership(Membership::new(
            id("SEN"),
            id("AU"),
            since("2002-07-09"),
            MembershipStatus::Full,
        ));
    });
    assert_eq!(
        problems,
        vec![problem(
            EntityKind::Membership,
            &membership_key("SEN", "AU", "2002-07-09"),
            "member",
            ProblemKind::UnknownReference {
                target: EntityKind::Actor,
                id: "SEN".into()
            },
        )]
    );
}

#[test]
fn a_membership_in_a_state_or_an_ngo_is_not_a_membership_in_an_organization() {
    let problems = with(|b| {
        b.membership(Membership::new(
            id("MAR"),
            id("FRA"),
            since("2017-01-30"),
            MembershipStatus::Full,
        ))
        .membership(Membership::new(
            id("MAR"),
            id("msf"),
            since("2017-01-30"),
            MembershipStatus::Observer,
        ));
    });
    assert_eq!(
        problems,
        vec![
            problem(
                EntityKind::Membership,
                &membership_key("MAR", "FRA", "2017-01-30"),
                "organization",
                ProblemKind::NotAnOrganization {
                    id: "FRA".into(),
                    kind: ActorKind::State
                },
            ),
            problem(
                EntityKind::Membership,
                &membership_key("MAR", "msf", "2017-01-30"),
                "organization",
                ProblemKind::NotAnOrganization {
                    id: "msf".into(),
                    kind: ActorKind::Ngo
                },
            ),
        ]
    );
}

#[test]
fn every_kind_of_reference_is_checked_and_named_by_its_field() {
    let problems = with(|b| {
        b.source(
            Source::new(id("src-b"), SourceKind::Academic, "A paper", "Someone")
                .with_citation("p. 1"),
        );
        let mut s = Source::new(id("src-c"), SourceKind::Academic, "B paper", "Someone");
        s.author = Some(id("nobody"));
        b.source(s)
            .actor(
                Actor::new(id("ECOWAS"), "ECOWAS", ActorKind::RegionalOrganization)
                    .with_predecessor(id("old-ecowas"))
                    .with_source(id("src-a"))
                    .with_source(id("src-x")),
            )
            .membership(
                Membership::new(
                    id("MLI"),
                    id("AU"),
                    since("2002-07-09"),
                    MembershipStatus::Full,
                )
                .with_source(id("src-y")),
            )
            .mission(
                synthetic_mission("mission-b", since("2014-01-01"))
                    .with_lead(id("UN"))
                    .with_lead(id("NATO"))
                    .with_predecessor(id("mission-a"))
                    .with_predecessor(id("mission-z"))
                    .with_source(id("src-z")),
            )
            .partnership(
                Partnership::new(
                    id("p-multi"),
                    "A synthetic partnership",
                    PartnershipKind::Multilateral,
                    since("2015-01-01"),
                )
                .with_party(Party::new(id("AU"), PartyRole::Lead))
                .with_party(Party::new(id("UN"), PartyRole::Supporting))
                .with_party(Party::new(id("IGAD"), PartyRole::Participant))
                .with_mission(id("mission-q"))
                .with_responsibility(Responsibility::new(
                    id("WFP"),
                    CooperationDomain::Logistics,
                    "",
                ))
                .with_source(id("src-p")),
            )
            .training(
                Training::new(
                    id("training-b"),
                    "Another exercise",
                    TrainingKind::Exercise,
                    since("2016-01-01"),
                )
                .with_organizer(id("USA"))
                .with_participant(id("MAR"))
                .with_participant(id("TUN"))
                .with_source(id("src-t")),
            )
            .friction(
                Friction::new(
                    id("friction-b"),
                    id("p-none"),
                    FrictionKind::NationalCaveats,
                    Severity::Moderate,
                    d("2016-02-01"),
                )
                .with_actor(id("FRA"))
                .with_actor(id("DEU"))
                .with_source(id("src-f")),
            )
            .lesson(
                Lesson::new(id("lesson-b"), LessonKind::LessonLearned, "Text")
                    .with_partnership(id("p-none"))
                    .with_mission(id("mission-none"))
                    .with_source(id("src-l")),
            );
    });
    let unknown = |target, what: &str| ProblemKind::UnknownReference {
        target,
        id: what.to_owned(),
    };
    use EntityKind as K;
    let ml = membership_key("MLI", "AU", "2002-07-09");
    assert_eq!(
        problems,
        vec![
            problem(K::Source, "src-c", "author", unknown(K::Actor, "nobody")),
            problem(
                K::Actor,
                "ECOWAS",
                "predecessor",
                unknown(K::Actor, "old-ecowas")
            ),
            problem(
                K::Actor,
                "ECOWAS",
                "sources[1]",
                unknown(K::Source, "src-x")
            ),
            problem(
                K::Membership,
                &ml,
                "sources[0]",
                unknown(K::Source, "src-y")
            ),
            problem(
                K::Mission,
                "mission-b",
                "leads[1]",
                unknown(K::Actor, "NATO")
            ),
            problem(
                K::Mission,
                "mission-b",
                "predecessors[1]",
                unknown(K::Mission, "mission-z")
            ),
            problem(
                K::Mission,
                "mission-b",
                "sources[0]",
                unknown(K::Source, "src-z")
            ),
            problem(
                K::Partnership,
                "p-multi",
                "missions[0]",
                unknown(K::Mission, "mission-q")
            ),
            problem(
                K::Partnership,
                "p-multi",
                "parties[2].actor",
                unknown(K::Actor, "IGAD")
            ),
            problem(
                K::Partnership,
                "p-multi",
                "responsibilities[0].actor",
                unknown(K::Actor, "WFP")
            ),
            problem(
                K::Partnership,
                "p-multi",
                "sources[0]",
                unknown(K::Source, "src-p")
            ),
            problem(
                K::Training,
                "training-b",
                "organizers[0]",
                unknown(K::Actor, "USA")
            ),
            problem(
                K::Training,
                "training-b",
                "participants[1]",
                unknown(K::Actor, "TUN")
            ),
            problem(
                K::Training,
                "training-b",
                "sources[0]",
                unknown(K::Source, "src-t")
            ),
            problem(
                K::Friction,
                "friction-b",
                "actors[1]",
                unknown(K::Actor, "DEU")
            ),
            problem(
                K::Friction,
                "friction-b",
                "partnership",
                unknown(K::Partnership, "p-none")
            ),
            problem(
                K::Friction,
                "friction-b",
                "sources[0]",
                unknown(K::Source, "src-f")
            ),
            problem(
                K::Lesson,
                "lesson-b",
                "missions[0]",
                unknown(K::Mission, "mission-none")
            ),
            problem(
                K::Lesson,
                "lesson-b",
                "partnerships[0]",
                unknown(K::Partnership, "p-none")
            ),
            problem(
                K::Lesson,
                "lesson-b",
                "sources[0]",
                unknown(K::Source, "src-l")
            ),
        ]
    );
}

// ---- self references and names --------------------------------------------------------

#[test]
fn an_organization_cannot_be_its_own_member() {
    let problems = with(|b| {
        b.membership(Membership::new(
            id("AU"),
            id("AU"),
            since("2002-07-09"),
            MembershipStatus::Full,
        ));
    });
    assert_eq!(
        problems,
        vec![problem(
            EntityKind::Membership,
            &membership_key("AU", "AU", "2002-07-09"),
            "organization",
            ProblemKind::SelfReference,
        )]
    );
}

#[test]
fn an_actor_or_a_mission_cannot_be_its_own_predecessor() {
    let problems = with(|b| {
        b.actor(
            Actor::new(id("ECOWAS"), "ECOWAS", ActorKind::RegionalOrganization)
                .with_predecessor(id("ECOWAS")),
        )
        .mission(
            synthetic_mission("mission-b", since("2016-01-01"))
                .with_predecessor(id("mission-a"))
                .with_predecessor(id("mission-b")),
        );
    });
    assert_eq!(
        problems,
        vec![
            problem(
                EntityKind::Actor,
                "ECOWAS",
                "predecessor",
                ProblemKind::SelfReference
            ),
            problem(
                EntityKind::Mission,
                "mission-b",
                "predecessors[1]",
                ProblemKind::SelfReference
            ),
        ]
    );
}

#[test]
fn names_and_titles_cannot_be_empty_or_blank() {
    let problems = with(|b| {
        b.source(Source::new(
            id("src-b"),
            SourceKind::Media,
            " ",
            "A newspaper",
        ))
        .actor(Actor::new(id("ngo-a"), "", ActorKind::Ngo));
        let mut m = synthetic_mission("mission-b", since("2016-01-01"));
        m.name = "\t".into();
        m.acronym = String::new();
        m.mandate.resolutions.push(Resolution::new(""));
        b.mission(m)
            .partnership(
                Partnership::new(
                    id("p-b"),
                    "",
                    PartnershipKind::Bilateral,
                    since("2016-01-01"),
                )
                .with_party(Party::new(id("FRA"), PartyRole::Lead))
                .with_party(Party::new(id("MLI"), PartyRole::Participant))
                .with_instrument(Instrument::new(InstrumentKind::Mou, " ")),
            )
            .training(Training::new(
                id("training-b"),
                "",
                TrainingKind::Programme,
                since("2016-01-01"),
            ))
            .lesson(Lesson::new(id("lesson-b"), LessonKind::BestPractice, "  "));
    });
    use EntityKind as K;
    let empty = || ProblemKind::Empty;
    assert_eq!(
        problems,
        vec![
            problem(K::Source, "src-b", "title", empty()),
            problem(K::Actor, "ngo-a", "name", empty()),
            problem(K::Mission, "mission-b", "acronym", empty()),
            problem(
                K::Mission,
                "mission-b",
                "mandate.resolutions[0].symbol",
                empty()
            ),
            problem(K::Mission, "mission-b", "name", empty()),
            problem(K::Partnership, "p-b", "instruments[0].title", empty()),
            problem(K::Partnership, "p-b", "name", empty()),
            problem(K::Training, "training-b", "name", empty()),
            problem(K::Lesson, "lesson-b", "text", empty()),
        ]
    );
}

// ---- states ---------------------------------------------------------------------------

#[test]
fn a_state_needs_a_country_code() {
    let problems = with(|b| {
        b.actor(Actor::new(id("NPL"), "Nepal", ActorKind::State))
            .actor(Actor::new(
                id("state-x"),
                "A made-up state",
                ActorKind::State,
            ));
    });
    let detail = "a state needs its ISO 3166-1 alpha-3 country code".to_owned();
    assert_eq!(
        problems,
        vec![
            problem(
                EntityKind::Actor,
                "NPL",
                "country",
                ProblemKind::StateCountry {
                    detail: detail.clone()
                }
            ),
            problem(
                EntityKind::Actor,
                "state-x",
                "country",
                ProblemKind::StateCountry { detail }
            ),
        ]
    );
}

#[test]
fn a_state_whose_id_is_a_country_code_must_have_that_code() {
    let problems = with(|b| {
        b.actor(
            Actor::state(id("NPL"), "Nepal")
                .unwrap()
                .with_country(id("BGD")),
        )
        // An id that is not a country code may name any country.
        .actor(
            Actor::new(id("state-y"), "A made-up state", ActorKind::State).with_country(id("NPL")),
        )
        // A non-state needs no country.
        .actor(Actor::new(id("ngo-b"), "An NGO", ActorKind::Ngo));
    });
    assert_eq!(
        problems,
        vec![problem(
            EntityKind::Actor,
            "NPL",
            "country",
            ProblemKind::StateCountry {
                detail: "country code BGD differs from the state's id".into()
            },
        )]
    );
}

// ---- memberships in time ---------------------------------------------------------------

#[test]
fn a_membership_cannot_start_before_the_organization_existed() {
    // The AU exists from 2002-07-09: a membership from 1990 is impossible.
    let problems = with(|b| {
        b.membership(Membership::new(
            id("MAR"),
            id("AU"),
            between("1990-01-01", "2000-12-31"),
            MembershipStatus::Full,
        ))
        // Starting on the day it was founded is fine.
        .membership(Membership::new(
            id("MLI"),
            id("AU"),
            since("2002-07-09"),
            MembershipStatus::Full,
        ));
    });
    assert_eq!(
        problems,
        vec![problem(
            EntityKind::Membership,
            &membership_key("MAR", "AU", "1990-01-01"),
            "period.start",
            ProblemKind::BeforeOrganizationExisted {
                start: d("1990-01-01"),
                existence: since("2002-07-09")
            },
        )]
    );
}

#[test]
fn a_membership_cannot_run_past_the_organizations_end() {
    let oau = between("1963-05-25", "2002-07-09");
    let problems = with(|b| {
        // Ongoing in an organization that ended.
        b.membership(Membership::new(
            id("MLI"),
            id("OAU"),
            since("1963-05-25"),
            MembershipStatus::Full,
        ))
        // Ending one day after it.
        .membership(Membership::new(
            id("FRA"),
            id("OAU"),
            between("1970-01-01", "2002-07-10"),
            MembershipStatus::Observer,
        ))
        // Ending on its last day is fine.
        .membership(Membership::new(
            id("MAR"),
            id("OAU"),
            between("1963-05-25", "2002-07-09"),
            MembershipStatus::Full,
        ));
    });
    assert_eq!(
        problems,
        vec![
            problem(
                EntityKind::Membership,
                &membership_key("FRA", "OAU", "1970-01-01"),
                "period.end",
                ProblemKind::AfterOrganizationEnded {
                    period: between("1970-01-01", "2002-07-10"),
                    existence: oau
                },
            ),
            problem(
                EntityKind::Membership,
                &membership_key("MLI", "OAU", "1963-05-25"),
                "period.end",
                ProblemKind::AfterOrganizationEnded {
                    period: since("1963-05-25"),
                    existence: oau
                },
            ),
        ]
    );
}

#[test]
fn a_membership_both_too_early_and_too_late_is_reported_for_its_start() {
    let problems = with(|b| {
        b.membership(Membership::new(
            id("MLI"),
            id("OAU"),
            since("1960-01-01"),
            MembershipStatus::Full,
        ));
    });
    assert_eq!(
        problems,
        vec![problem(
            EntityKind::Membership,
            &membership_key("MLI", "OAU", "1960-01-01"),
            "period.start",
            ProblemKind::BeforeOrganizationExisted {
                start: d("1960-01-01"),
                existence: between("1963-05-25", "2002-07-09")
            },
        )]
    );
}

#[test]
fn memberships_of_one_member_in_one_organization_cannot_overlap() {
    let problems = with(|b| {
        // Overlaps the base record GBR in EU 1993-11-01..=2020-01-31.
        b.membership(Membership::new(
            id("GBR"),
            id("EU"),
            since("2019-01-01"),
            MembershipStatus::Suspended,
        ));
    });
    assert_eq!(
        problems,
        vec![problem(
            EntityKind::Membership,
            &membership_key("GBR", "EU", "2019-01-01"),
            "period",
            ProblemKind::OverlappingMembership {
                other: between("1993-11-01", "2020-01-31")
            },
        )]
    );
}

#[test]
fn memberships_that_touch_do_not_overlap_but_sharing_one_day_does() {
    assert_eq!(
        with(|b| {
            b.membership(Membership::new(
                id("GBR"),
                id("EU"),
                since("2020-02-01"),
                MembershipStatus::Observer,
            ));
        }),
        Vec::new()
    );
    assert_eq!(
        with(|b| {
            b.membership(Membership::new(
                id("GBR"),
                id("EU"),
                since("2020-01-31"),
                MembershipStatus::Observer,
            ));
        }),
        vec![problem(
            EntityKind::Membership,
            &membership_key("GBR", "EU", "2020-01-31"),
            "period",
            ProblemKind::OverlappingMembership {
                other: between("1993-11-01", "2020-01-31")
            },
        )]
    );
}

#[test]
fn every_membership_overlapping_an_earlier_one_is_reported_not_only_adjacent_ones() {
    // One long record and two short ones inside it: both short ones overlap the long one,
    // though they do not overlap each other.
    let problems = with(|b| {
        b.membership(Membership::new(
            id("FRA"),
            id("EU"),
            between("1993-11-01", "2010-12-31"),
            MembershipStatus::Full,
        ))
        .membership(Membership::new(
            id("FRA"),
            id("EU"),
            between("1994-01-01", "1994-12-31"),
            MembershipStatus::Observer,
        ))
        .membership(Membership::new(
            id("FRA"),
            id("EU"),
            between("2000-01-01", "2000-12-31"),
            MembershipStatus::Observer,
        ));
    });
    let long = between("1993-11-01", "2010-12-31");
    assert_eq!(
        problems,
        vec![
            problem(
                EntityKind::Membership,
                &membership_key("FRA", "EU", "1994-01-01"),
                "period",
                ProblemKind::OverlappingMembership { other: long },
            ),
            problem(
                EntityKind::Membership,
                &membership_key("FRA", "EU", "2000-01-01"),
                "period",
                ProblemKind::OverlappingMembership { other: long },
            ),
        ]
    );
}

// ---- contributions -------------------------------------------------------------------

#[test]
fn a_contribution_must_be_dated_within_its_missions_period() {
    let period = between("2010-01-01", "2015-12-31");
    let problems = with(|b| {
        b.contribution(Contribution::personnel(
            id("contributor-a"),
            id("mission-a"),
            d("2016-01-31"),
            troops(1, 0),
        ))
        .contribution(Contribution::new(
            id("contributor-a"),
            id("mission-a"),
            d("2009-12-31"),
            Contributed::Funding {
                amount: 10.0,
                currency: id("EUR"),
            },
        ))
        // The first and last days are within.
        .contribution(Contribution::personnel(
            id("contributor-a"),
            id("mission-a"),
            d("2010-01-01"),
            troops(1, 0),
        ))
        .contribution(Contribution::personnel(
            id("contributor-a"),
            id("mission-a"),
            d("2015-12-31"),
            troops(1, 0),
        ));
    });
    assert_eq!(
        problems,
        vec![
            problem(
                EntityKind::Contribution,
                "contributor-a to mission-a on 2009-12-31 (funding)",
                "date",
                ProblemKind::OutsideMissionPeriod {
                    date: d("2009-12-31"),
                    period
                },
            ),
            problem(
                EntityKind::Contribution,
                "contributor-a to mission-a on 2016-01-31",
                "date",
                ProblemKind::OutsideMissionPeriod {
                    date: d("2016-01-31"),
                    period
                },
            ),
        ]
    );
}

#[test]
fn mandate_resolutions_are_in_order_of_adoption_and_end_their_terms_after_it() {
    let res = |symbol: &str, adopted: &str| Resolution::new(symbol).adopted_on(d(adopted));
    let problems = with(|b| {
        let mut m = synthetic_mission("mission-b", since("2013-04-25"));
        m.mandate.resolutions = vec![
            res("S/RES/1 (2013)", "2013-04-25").until(d("2014-06-30")),
            // Undated resolutions may stand anywhere; the next dated one is compared
            // with the latest adoption before it.
            Resolution::new("S/RES/2 (2014)"),
            res("S/RES/3 (2013)", "2013-04-24"),
            res("S/RES/4 (2014)", "2014-06-25").until(d("2014-06-24")),
            // Adopted on the same day as the one ahead of it, term ending the day of its
            // adoption: both valid.
            res("S/RES/5 (2014)", "2014-06-25").until(d("2014-06-25")),
        ];
        b.mission(m);
    });
    let at = |i: usize, field: &str| format!("mandate.resolutions[{i}].{field}");
    assert_eq!(
        problems,
        vec![
            problem(
                EntityKind::Mission,
                "mission-b",
                &at(2, "adopted"),
                ProblemKind::ResolutionOutOfOrder {
                    adopted: d("2013-04-24"),
                    previous: d("2013-04-25"),
                },
            ),
            problem(
                EntityKind::Mission,
                "mission-b",
                &at(3, "until"),
                ProblemKind::TermEndsBeforeAdoption {
                    adopted: d("2014-06-25"),
                    until: d("2014-06-24"),
                },
            ),
        ]
    );
}

#[test]
fn a_gender_target_is_a_share_from_0_to_1_set_by_a_known_actor() {
    let target = |key: &str, by: &str, share: f64| {
        GenderTarget::new(id(key), id(by), share, d("2028-12-31")).with_source(id("src-a"))
    };
    let problems = with(|b| {
        b.gender_target(target("t-ok", "AU", 0.15))
            .gender_target(target("t-bounds", "AU", 1.0))
            .gender_target(target("t-zero", "AU", 0.0))
            .gender_target(target("t-over", "AU", 1.5))
            .gender_target(target("t-negative", "AU", -0.1))
            .gender_target(target("t-nan", "AU", f64::NAN))
            .gender_target(target("t-who", "nobody", 0.2))
            .gender_target(
                GenderTarget::new(id("t-src"), id("AU"), 0.2, d("2028-12-31"))
                    .with_source(id("src-zzz")),
            )
            .gender_target(target("t-ok", "AU", 0.2));
    });
    let share = |value: f64| ProblemKind::ShareOutOfRange { value };
    let kinds: Vec<(String, String, String)> = problems
        .iter()
        .map(|(k, key, field, what)| (format!("{k}"), key.clone(), format!("{field}: {what}")))
        .collect();
    assert_eq!(
        kinds,
        [
            (
                "gender-target".to_owned(),
                "t-nan".to_owned(),
                format!("share: {}", share(f64::NAN))
            ),
            (
                "gender-target".to_owned(),
                "t-negative".to_owned(),
                format!("share: {}", share(-0.1))
            ),
            (
                "gender-target".to_owned(),
                "t-ok".to_owned(),
                "id: id used by 2 records".to_owned()
            ),
            (
                "gender-target".to_owned(),
                "t-over".to_owned(),
                format!("share: {}", share(1.5))
            ),
            (
                "gender-target".to_owned(),
                "t-src".to_owned(),
                "sources[0]: unknown source `src-zzz`".to_owned()
            ),
            (
                "gender-target".to_owned(),
                "t-who".to_owned(),
                "set_by: unknown actor `nobody`".to_owned()
            ),
        ]
    );
}

fn funding(date: &str, amount: f64) -> Contribution {
    Contribution::new(
        id("contributor-a"),
        id("mission-a"),
        d(date),
        Contributed::Funding {
            amount,
            currency: id("USD"),
        },
    )
}

#[test]
fn a_negative_amount_is_invalid() {
    let problems = with(|b| {
        b.contribution(funding("2014-01-01", -1.0))
            .contribution(funding("2014-02-01", 0.0));
    });
    assert_eq!(
        problems,
        vec![problem(
            EntityKind::Contribution,
            "contributor-a to mission-a on 2014-01-01 (funding)",
            "what.funding.amount",
            ProblemKind::InvalidAmount { value: -1.0 },
        )]
    );
}

#[test]
fn an_amount_that_is_not_a_number_or_infinite_is_invalid() {
    let report = {
        let mut b = base();
        b.contribution(funding("2014-01-01", f64::NAN))
            .contribution(funding("2014-02-01", f64::INFINITY))
            .contribution(funding("2014-03-01", f64::NEG_INFINITY));
        b.validate()
    };
    let found: Vec<_> = report
        .problems()
        .iter()
        .map(|p| {
            assert_eq!(p.entity.kind, EntityKind::Contribution);
            assert_eq!(p.field, "what.funding.amount");
            let ProblemKind::InvalidAmount { value } = p.kind else {
                panic!("{p}")
            };
            (p.entity.key.as_str(), value.to_string())
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "contributor-a to mission-a on 2014-01-01 (funding)",
                "NaN".to_owned()
            ),
            (
                "contributor-a to mission-a on 2014-02-01 (funding)",
                "inf".to_owned()
            ),
            (
                "contributor-a to mission-a on 2014-03-01 (funding)",
                "-inf".to_owned()
            ),
        ]
    );
}

// ---- partnerships ----------------------------------------------------------------------

fn partnership(key: &str, kind: PartnershipKind, parties: &[&str]) -> Partnership {
    parties.iter().fold(
        Partnership::new(id(key), "A partnership", kind, since("2017-04-19")),
        |p, a| p.with_party(Party::new(id(a), PartyRole::Participant)),
    )
}

#[test]
fn a_bilateral_partnership_needs_exactly_two_parties() {
    let problems = with(|b| {
        b.partnership(partnership(
            "three",
            PartnershipKind::Bilateral,
            &["FRA", "GBR", "MLI"],
        ))
        .partnership(partnership("one", PartnershipKind::Bilateral, &["FRA"]));
    });
    assert_eq!(
        problems,
        vec![
            problem(
                EntityKind::Partnership,
                "one",
                "parties",
                ProblemKind::BilateralPartyCount { count: 1 }
            ),
            problem(
                EntityKind::Partnership,
                "three",
                "parties",
                ProblemKind::BilateralPartyCount { count: 3 }
            ),
        ]
    );
}

#[test]
fn a_partnership_needs_at_least_two_parties() {
    let problems = with(|b| {
        b.partnership(partnership("none", PartnershipKind::Multilateral, &[]))
            .partnership(partnership("alone", PartnershipKind::UnRegional, &["UN"]))
            .partnership(partnership(
                "fine",
                PartnershipKind::Multilateral,
                &["UN", "AU", "EU"],
            ));
    });
    assert_eq!(
        problems,
        vec![
            problem(
                EntityKind::Partnership,
                "alone",
                "parties",
                ProblemKind::TooFewParties { count: 1 }
            ),
            problem(
                EntityKind::Partnership,
                "none",
                "parties",
                ProblemKind::TooFewParties { count: 0 }
            ),
        ]
    );
}

#[test]
fn an_actor_cannot_partner_with_itself() {
    let problems = with(|b| {
        b.partnership(partnership(
            "self",
            PartnershipKind::Bilateral,
            &["FRA", "FRA"],
        ))
        .partnership(partnership(
            "self-multi",
            PartnershipKind::Multilateral,
            &["AU", "UN", "AU", "AU"],
        ));
    });
    let repeated = |a: &str| ProblemKind::RepeatedParty { actor: a.into() };
    assert_eq!(
        problems,
        vec![
            problem(
                EntityKind::Partnership,
                "self",
                "parties[1].actor",
                repeated("FRA")
            ),
            problem(
                EntityKind::Partnership,
                "self-multi",
                "parties[2].actor",
                repeated("AU")
            ),
            problem(
                EntityKind::Partnership,
                "self-multi",
                "parties[3].actor",
                repeated("AU")
            ),
        ]
    );
}

// ---- the report ------------------------------------------------------------------------

#[test]
fn build_fails_with_the_report_that_validate_gives() {
    let mut b = base();
    b.membership(Membership::new(
        id("MAR"),
        id("AU"),
        between("1990-01-01", "2000-12-31"),
        MembershipStatus::Full,
    ))
    .partnership(partnership("alone", PartnershipKind::UnRegional, &["UN"]));
    let report = b.validate();
    let Err(Error::Invalid(built)) = b.build() else {
        panic!("an invalid dataset was built")
    };
    assert_eq!(built, report);
    assert_eq!(report.len(), 2);
    assert!(!report.is_empty());
    assert_eq!(
        report.to_string(),
        "2 problems in the dataset\n  \
         - membership `MAR in AU from 1990-01-01`, field `period.start`: membership starts on \
         1990-01-01, before the organization existed (2002-07-09..)\n  \
         - partnership `alone`, field `parties`: a partnership needs at least 2 parties, not 1"
    );
    let one: Vec<Problem> = report.into_iter().take(1).collect();
    assert_eq!(
        one[0].entity.to_string(),
        "membership `MAR in AU from 1990-01-01`"
    );
}

#[test]
fn identical_problems_are_reported_once() {
    let problems = with(|b| {
        for _ in 0..3 {
            b.membership(Membership::new(
                id("SEN"),
                id("ECOWAS"),
                since("1975-05-28"),
                MembershipStatus::Full,
            ));
        }
    });
    let key = membership_key("SEN", "ECOWAS", "1975-05-28");
    let unknown = |what: &str| ProblemKind::UnknownReference {
        target: EntityKind::Actor,
        id: what.into(),
    };
    // The three identical records overlap one another: the second and third are each
    // reported as overlapping, under the same key, which collapses to one problem.
    assert_eq!(
        problems,
        vec![
            problem(EntityKind::Membership, &key, "member", unknown("SEN")),
            problem(
                EntityKind::Membership,
                &key,
                "organization",
                unknown("ECOWAS")
            ),
            problem(
                EntityKind::Membership,
                &key,
                "period",
                ProblemKind::OverlappingMembership {
                    other: since("1975-05-28")
                }
            ),
        ]
    );
}

#[test]
fn a_builder_can_be_recovered_from_a_dataset_and_extended() {
    let data = build(base());
    let mut b = data.clone().into_builder();
    assert_eq!(problems_of(&b), Vec::new());
    b.actor(Actor::state(id("SEN"), "Senegal").unwrap());
    let bigger = build(b);
    assert_eq!(bigger.actors().len(), data.actors().len() + 1);
    assert_ne!(bigger, data);
}

#[test]
fn periods_that_end_before_they_start_cannot_be_built_in_code() {
    assert_eq!(
        Period::between(d("2002-07-09"), d("1963-05-25")),
        Err(Error::PeriodEndsBeforeStart {
            start: d("2002-07-09"),
            end: d("1963-05-25")
        })
    );
}

#[test]
fn records_behind_a_duplicated_id_are_not_judged_on_whichever_comes_first() {
    // Two actors share the id `SEN`, one a state and one an organization that did not yet
    // exist; two missions share `mission-b` with different periods. Whatever the order,
    // only the duplicates are reported: which record a membership or a contribution means
    // is unknown.
    let state = Actor::state(id("SEN"), "Senegal").unwrap();
    let org = Actor::new(id("SEN"), "Not Senegal", ActorKind::RegionalOrganization)
        .with_existence(since("2020-01-01"));
    let early = synthetic_mission("mission-b", between("2000-01-01", "2000-12-31"));
    let late = synthetic_mission("mission-b", since("2020-01-01"));
    let mut reports = Vec::new();
    for flip in [false, true] {
        let mut b = base();
        if flip {
            b.actor(org.clone()).actor(state.clone());
            b.mission(late.clone()).mission(early.clone());
        } else {
            b.actor(state.clone()).actor(org.clone());
            b.mission(early.clone()).mission(late.clone());
        }
        b.membership(Membership::new(
            id("MAR"),
            id("SEN"),
            since("2017-01-30"),
            MembershipStatus::Full,
        ))
        .contribution(Contribution::personnel(
            id("contributor-a"),
            id("mission-b"),
            d("2000-06-30"),
            troops(1, 0),
        ));
        reports.push(problems_of(&b));
    }
    let expected = vec![
        problem(
            EntityKind::Actor,
            "SEN",
            "id",
            ProblemKind::DuplicateId { count: 2 },
        ),
        problem(
            EntityKind::Mission,
            "mission-b",
            "id",
            ProblemKind::DuplicateId { count: 2 },
        ),
    ];
    assert_eq!(reports, [expected.clone(), expected]);
}

#[test]
fn a_review_names_a_source_that_exists_and_what_it_covers() {
    let review = |source: &str| Review::new(between("2012-01-01", "2013-12-31"), id(source));
    let problems = with(|b| {
        b.partnership(
            Partnership::new(
                id("reviewed"),
                "Reviewed",
                PartnershipKind::Bilateral,
                since("2010-11-02"),
            )
            .with_party(Party::new(id("FRA"), PartyRole::Participant))
            .with_party(Party::new(id("GBR"), PartyRole::Participant))
            .with_review(review("src-a").of(EntityKind::Friction))
            .with_review(review("nowhere").of(EntityKind::Training))
            .with_review(review("src-a")),
        );
    });
    assert_eq!(
        problems,
        vec![
            problem(
                EntityKind::Partnership,
                "reviewed",
                "reviews[1].source",
                ProblemKind::UnknownReference {
                    target: EntityKind::Source,
                    id: "nowhere".to_owned()
                }
            ),
            problem(
                EntityKind::Partnership,
                "reviewed",
                "reviews[2].of",
                ProblemKind::Empty
            ),
        ]
    );
}
