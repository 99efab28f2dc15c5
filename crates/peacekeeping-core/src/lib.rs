//! Domain types for partnerships in peace operations: actors, missions, memberships,
//! partnerships, contributions, trainings, frictions and evidence, in a validated
//! [`Dataset`].
//!
//! Most users want the [`peacekeeping`](https://docs.rs/peacekeeping) facade crate, which
//! re-exports everything here together with the reference data, the network analysis and
//! the scoring engine.
//!
//! ```
//! use peacekeeping_core::*;
//!
//! // AMISOM (AU-led, 2007-2022) and its successor ATMIS, and who led them.
//! let mut b = Dataset::builder();
//! b.actor(Actor::new("AU".parse()?, "African Union", ActorKind::RegionalOrganization))
//!     .actor(Actor::state("SOM".parse()?, "Somalia")?)
//!     .mission(Mission::new("AMISOM".parse()?, "African Union Mission in Somalia", MissionKind::RegionalOperation,
//!         Period::between(Date::new(2007, 1, 19)?, Date::new(2022, 3, 31)?)?)
//!         .with_lead("AU".parse()?).with_host("SOM".parse()?))
//!     .mission(Mission::new("ATMIS".parse()?, "African Union Transition Mission in Somalia", MissionKind::RegionalOperation,
//!         Period::between(Date::new(2022, 4, 1)?, Date::new(2024, 12, 31)?)?)
//!         .with_lead("AU".parse()?).with_host("SOM".parse()?).with_predecessor("AMISOM".parse()?));
//! let data = b.build()?;
//!
//! let in_2023: Vec<_> = data.missions_active_on(Date::new(2023, 1, 1)?).map(|m| m.acronym.as_str()).collect();
//! assert_eq!(in_2023, ["ATMIS"]);
//! assert_eq!(data.successors_of("AMISOM").next().map(|m| m.id.as_str()), Some("ATMIS"));
//! # Ok::<(), peacekeeping_core::Error>(())
//! ```
//!
//! # The vocabulary
//!
//! | concept | type |
//! |---|---|
//! | time | [`Date`] (a day; its arithmetic and why it is ours: [`date`](mod@date)), [`DayRule`], [`DateStep`], [`DateSeries`], [`Period`] (inclusive, open-ended = ongoing) |
//! | places and languages | [`CountryCode`] (ISO 3166-1/3166-3), [`Region`], [`LanguageCode`], [`CurrencyCode`] |
//! | ids | [`ActorId`], [`MissionId`], [`PartnershipId`], [`TrainingId`], [`FrictionId`], [`SourceId`], [`LessonId`], [`TargetId`] |
//! | actors | [`Actor`], [`ActorKind`] |
//! | memberships | [`Membership`], [`MembershipStatus`] |
//! | missions | [`Mission`], [`MissionKind`], [`Mandate`], [`LegalBasis`], [`MandatedTask`], [`Resolution`], [`AuthorizedStrength`] |
//! | partnerships | [`Partnership`], [`PartnershipKind`], [`Party`], [`PartyRole`], [`Standing`], [`OperationalForm`], [`CooperationDomain`], [`Instrument`], [`InstrumentKind`], [`Responsibility`], [`Review`] (what a source examined completely: observed-none, not merely unrecorded) |
//! | contributions | [`Contribution`], [`Contributed`], [`Personnel`], [`PersonnelCategory`], [`Headcount`] (its women's share), [`GenderTarget`] (a target for that share, and a force's gap to it), [`Capability`], [`Presence`] (a contributor present in an operation in a year, with its yearly mean personnel where known), [`Participation`] (a contributor's [`Component`] in an operation from the day it deployed to the day it left) |
//! | outcomes | [`Fatality`] (a death of an operation's personnel: [`StaffCategory`], [`FatalityCause`], [`Gender`]), [`BattleDeaths`] (battle-related deaths of a territory in a year, and its [`ConflictLevel`]), [`DeployedStrength`] (a mission's reported strength on a date: its own total, the deployed counterpart of its ceilings) |
//! | training | [`Training`], [`TrainingKind`], [`TrainingFocus`], [`InstitutionBuilt`], [`InstitutionKind`] |
//! | frictions | [`Friction`], [`FrictionKind`], [`Severity`] |
//! | evidence | [`Source`], [`SourceKind`], [`Reliability`], [`Lesson`], [`LessonKind`] |
//! | the container | [`Dataset`], [`DatasetBuilder`], [`Deployment`] |
//! | problems | [`Error`] (its I/O failures kept as an [`IoError`]; [`IoAccess`] says whether a file was read or written), [`ValidationReport`], [`Problem`], [`ProblemKind`], [`EntityRef`], [`EntityKind`] |
//! | CSV output | [`csv_field`]: the one quoting rule of every CSV file the toolkit writes |
//!
//! Every vocabulary enum (kinds, roles, domains, ...) has a stable lower-case code used by
//! `Display`, `FromStr` and serde (`"un-regional"`, `"protection-of-civilians"`), and an
//! `ALL` list of its variants.
//!
//! # Queries
//!
//! A [`Dataset`] answers, as of any date: [missions active](Dataset::missions_active_on),
//! [members of an organization](Dataset::members_on), an actor's
//! [memberships](Dataset::memberships_of), [partnerships](Dataset::partnerships_of),
//! [trainings](Dataset::trainings_of) and [contributions](Dataset::contributions_of) over a
//! period, personnel [by mission](Dataset::personnel_by_mission_on) and
//! [by contributor](Dataset::personnel_by_contributor_on) (from each mission's latest
//! report on or before the date), the contributors [present](Dataset::presences_of) in a
//! mission year by year, partnerships [by kind](Dataset::partnerships_of_kind)
//! and [by domain](Dataset::partnerships_in_domain). On outcomes: the fatalities of a
//! [mission](Dataset::fatalities_in), of a [nationality](Dataset::fatalities_of), of a
//! [cause](Dataset::fatalities_by_cause) over a period; the battle deaths of a territory
//! [in a year](Dataset::battle_deaths_in), [over years](Dataset::battle_deaths_over) and
//! of a [mission's hosts](Dataset::host_battle_deaths); a mission's ceilings
//! [over a period](Dataset::authorized_strength_over), its reported
//! [strengths](Dataset::strengths_of), its personnel
//! [at each report](Dataset::mission_personnel_over) (its strengths where the dataset
//! has any, its contributors' reports summed otherwise) and the
//! [personnel-years](Dataset::personnel_years) it served.
//!
//! # Crate features
//!
//! - `serde`: JSON (de)serialization of every type. Deserialization validates (a file can
//!   never smuggle in an invalid code or date), and [`Dataset::from_json_str`] reports every
//!   problem of a file at once. The format is documented in `docs/dataset-format.md`.
//!
//! - `chrono`, `jiff`, `time`: conversions both ways between [`Date`] and
//!   `chrono::NaiveDate`, `jiff::civil::Date` and `time::Date` (`From` into theirs,
//!   `TryFrom` into ours, a [`DateRangeError`] for a year outside 1000-9999), and between
//!   [`Period`] and a `(start, Option<end>)` pair of them (both ways), `start..=end` and
//!   `start..` (into a `Period`): the table is in the [`date`](mod@date#conversions)
//!   module. Each feature adds only that crate, without its default features; no type of
//!   theirs appears in this crate's API otherwise.
//!
//! ```
//! # #[cfg(feature = "jiff")] {
//! use peacekeeping_core::{Date, Period};
//! let day = Date::new(2013, 4, 25)?;
//! let theirs = jiff::civil::Date::from(day);
//! assert_eq!(Date::try_from(theirs)?, day);
//! let minusma = Period::try_from(jiff::civil::date(2013, 7, 1)..=jiff::civil::date(2023, 12, 31))?;
//! assert_eq!(minusma.days(), Some(3836));
//! assert!(Date::try_from(jiff::civil::date(999, 12, 31)).is_err());
//! # }
//! # Ok::<(), peacekeeping_core::Error>(())
//! ```
//!
//! # Minimum Rust version
//!
//! 1.85.

#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod macros;

mod actor;
mod contribution;
mod csv;
mod dataset;
pub mod date;
mod error;
mod friction;
mod geo;
mod id;
mod interop;
mod membership;
mod mission;
mod outcome;
mod partnership;
mod period;
mod source;
mod target;
mod training;

pub use actor::{Actor, ActorKind};
pub use contribution::{
    Capability, Component, Contributed, Contribution, Headcount, Participation, Personnel,
    PersonnelCategory, Presence,
};
pub use csv::csv_field;
pub use dataset::{
    Dataset, DatasetBuilder, Deployment, EntityKind, EntityRef, Problem, ProblemKind,
    ValidationReport,
};
pub use date::{Date, DateRangeError, DateSeries, DateStep, DayRule};
pub use error::{Error, IoAccess, IoError};
pub use friction::{Friction, FrictionKind, Severity};
pub use geo::{CountryCode, CurrencyCode, LanguageCode, Region};
pub use id::{
    ActorId, FrictionId, LessonId, MAX_ID_LEN, MissionId, PartnershipId, SourceId, TargetId,
    TrainingId,
};
pub use membership::{Membership, MembershipStatus};
pub use mission::{
    AuthorizedStrength, LegalBasis, Mandate, MandatedTask, Mission, MissionKind, Resolution,
};
pub use outcome::{
    BattleDeaths, ConflictLevel, DeployedStrength, Fatality, FatalityCause, Gender, StaffCategory,
};
pub use partnership::{
    CooperationDomain, Instrument, InstrumentKind, OperationalForm, Partnership, PartnershipKind,
    Party, PartyRole, Responsibility, Review, Standing,
};
pub use period::Period;
pub use source::{Lesson, LessonKind, Reliability, Source, SourceKind};
pub use target::GenderTarget;
pub use training::{InstitutionBuilt, InstitutionKind, Training, TrainingFocus, TrainingKind};
