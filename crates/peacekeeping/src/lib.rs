//! The toolkit for studying and running partnerships in peace operations: a faithful
//! domain model, reference data, network analysis and effectiveness scoring, in one crate.
//!
//! ```
//! use peacekeeping::prelude::*;
//!
//! // The United Kingdom left the European Union on 2020-01-31 (inclusive).
//! let mut b = Dataset::builder();
//! b.actor(Actor::new("EU".parse()?, "European Union", ActorKind::RegionalOrganization))
//!     .actor(Actor::state("GBR".parse()?, "United Kingdom")?)
//!     .membership(Membership::new("GBR".parse()?, "EU".parse()?,
//!         Period::between(Date::new(1993, 11, 1)?, Date::new(2020, 1, 31)?)?, MembershipStatus::Full));
//! let data = b.build()?;
//!
//! assert_eq!(data.members_on("EU", Date::new(2020, 1, 31)?).count(), 1);
//! assert_eq!(data.members_on("EU", Date::new(2020, 2, 1)?).count(), 0);
//! # Ok::<(), peacekeeping::Error>(())
//! ```
//!
//! # What is here
//!
//! The domain model of [`peacekeeping_core`] is re-exported at the root:
//!
//! - **time**: [`Date`], [`Period`] (both ends inclusive; no end means ongoing);
//! - **actors**: [`Actor`] with [`ActorKind`] (states, the UN and its departments and
//!   agencies, regional organizations, NGOs, civil society, communities, companies),
//!   [`CountryCode`] (ISO 3166-1 and the withdrawn codes of ISO 3166-3: Yugoslavia,
//!   Zaire, the USSR), [`Region`], [`LanguageCode`];
//! - **memberships**: [`Membership`] with [`MembershipStatus`] (full, associate,
//!   observer, suspended);
//! - **missions**: [`Mission`] with [`MissionKind`], [`Mandate`] ([`LegalBasis`],
//!   [`Resolution`], [`MandatedTask`]), [`AuthorizedStrength`], predecessors;
//! - **partnerships**: [`Partnership`] with [`PartnershipKind`], [`Party`] ([`PartyRole`],
//!   [`Standing`]), [`OperationalForm`], [`CooperationDomain`], [`Instrument`],
//!   [`Responsibility`];
//! - **contributions**: [`Contribution`] of [`Personnel`] by [`PersonnelCategory`] and
//!   sex ([`Headcount`]), funding, or a [`Capability`];
//! - **training**: [`Training`] exercises and programmes, [`TrainingFocus`],
//!   [`InstitutionBuilt`];
//! - **frictions**: [`Friction`] with [`FrictionKind`] and [`Severity`];
//! - **evidence**: [`Source`] with [`SourceKind`] and [`Reliability`]; [`Lesson`];
//! - **the container**: [`Dataset`], built by a [`DatasetBuilder`] that reports every
//!   [`Problem`] at once in a [`ValidationReport`].
//!
//! The other parts of the toolkit: [`data`] (the embedded reference dataset,
//! `data::reference::dataset()`, importers of the IPI, UN and COW files, tidy CSV
//! export), [`graph`] (the partnership graph, projections such as co-deployment, network
//! algorithms, withdrawal and interoperability analysis, exports) and [`eval`]
//! (composite-indicator frameworks and pipeline, multi-criteria methods, sensitivity).
//!
//! ### How do I find who was a member of an organization on a date?
//!
//! [`Dataset::members_on`] gives full and associate members; [`Dataset::memberships_on`]
//! also gives observers and suspended members, with their status.
//!
//! ### How do I rank contributors on a date?
//!
//! [`Dataset::personnel_by_contributor_on`] sums each contributor's personnel over every
//! mission active on the date, from each mission's latest report on or before it, largest
//! first.
//!
//! ### How do I load my own data?
//!
//! Write it in the JSON format of `docs/dataset-format.md` and read it with
//! [`Dataset::from_json_file`]: every problem in the file is reported at once, each with
//! the record and field it concerns.
//!
//! # Crate features
//!
//! - `serde` (default): JSON (de)serialization of every type; validated on the way in.
//!
//! # Minimum Rust version
//!
//! 1.85.

#![forbid(unsafe_code)]

pub use peacekeeping_core::*;

#[doc(inline)]
pub use peacekeeping_data as data;
#[doc(inline)]
pub use peacekeeping_eval as eval;
#[doc(inline)]
pub use peacekeeping_graph as graph;

pub mod guides;
pub mod prelude;

/// The README's code, compiled and run as a doctest (`README.md` is a symlink to the
/// workspace's).
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
