//! The toolkit for studying and running partnerships in peace operations: a validated
//! domain model, a sourced reference dataset with importers of the UN/IPI and COW files,
//! network analysis of who works with whom, and transparent effectiveness scoring.
//!
//! From the embedded data to a network and to scores, in one program:
//!
//! ```
//! use peacekeeping::prelude::*;
//! use peacekeeping::eval::{builtin, Evidence, Factor, FusionOptions, Noise, PanelFill, Pipeline, Scope, Screening, Uncertainty};
//! use peacekeeping::graph::{algo, co_deployment, CoDeploymentWeight, Scale, Weights};
//!
//! // Sourced facts, among them the UN's personnel report of 31 December 2013.
//! let data = peacekeeping::data::reference::dataset();
//!
//! // Who served side by side in UN operations that day, and who brokered between them.
//! let day = Period::day(Date::new(2013, 12, 31)?);
//! let net = co_deployment(data, day, CoDeploymentWeight::SharedMissions)?;
//! let brokers = net.ranked(&algo::betweenness(net.network(), Weights::Ignore, Scale::Normalized));
//! assert_eq!(brokers[0].0.as_str(), "NPL"); // Nepal, 0.0102 (networkx agrees)
//!
//! // The partnerships scored on what their records show (outcomes included), those
//! // with too little evidence left out, and how far the ranks move when every weight
//! // moves by up to 25%.
//! let as_of = Date::new(2024, 12, 31)?;
//! let framework = builtin::partnership_effectiveness()?;
//! let found = Evidence::from_dataset(data, as_of); // and a report of what was not computed
//! let latest = FusionOptions::default().as_of(as_of).fill(PanelFill::LastObservation);
//! let table = found.evidence.indicator_table(&framework, &latest)?;
//! let thin = Screening::weight(builtin::MIN_WEIGHT_SHARE)?
//!     .dimension("mission-outcomes", builtin::MIN_OUTCOME_SHARE)?
//!     .not_applicable(found.report.not_applicable()); // not missing evidence
//! let pipeline = Pipeline::new().screening(thin);
//! let scores = pipeline.run(&framework, &table)?;
//! let ranks = Uncertainty::new(&framework, &table, pipeline)
//!     .factor(Factor::weight_noise("weights", Scope::All, Noise::Uniform { spread: 0.25 }))
//!     .run(200, 7)?;
//! let unamid = "unamid-au-un";
//! let score = scores.index(unamid).ok_or("UNAMID not scored")?;
//! let interval = ranks.interval(unamid).ok_or("UNAMID not ranked")?;
//! assert_eq!(format!("{score:.1}"), "88.1"); // the tour explains where it comes from
//! assert!(interval.p5 <= interval.nominal && interval.nominal <= interval.p95);
//! // KFOR's partners: no outcome in the records, so insufficient evidence, not ranked.
//! assert!(scores.report().screened_out.iter().any(|s| s.unit == "kfor-partners"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! `cargo run --example tour` prints this analysis and more, as tables. The examples
//! `contributors`, `network` and `scorecard` do the same on your own files; `outcomes`
//! compares the field's cases on their measured outcomes and writes the mission-year
//! panel they come from.
//!
//! # The toolkit at a glance
//!
//! One crate to depend on; four parts, each a module here and a crate of its own. The
//! lines below name the main items of each part; the pages of [`data`], [`graph`] and
//! [`eval`] list every one of their items, by topic.
//!
//! ## The domain model (the root of this crate, from `peacekeeping-core`)
//!
//! - **time**: [`Date`], [`Period`] (both ends inclusive; no end means ongoing);
//! - **actors**: [`Actor`] with [`ActorKind`] (states, the UN and its departments and
//!   agencies, regional organizations, NGOs, civil society, communities, companies),
//!   [`CountryCode`] (ISO 3166-1 and the withdrawn codes of ISO 3166-3: Yugoslavia,
//!   Zaire, the USSR), [`Region`], [`LanguageCode`], [`CurrencyCode`];
//! - **ids**: [`ActorId`], [`MissionId`], [`PartnershipId`], [`TrainingId`],
//!   [`FrictionId`], [`SourceId`], [`LessonId`];
//! - **memberships**: [`Membership`] with [`MembershipStatus`] (full, associate,
//!   observer, suspended);
//! - **missions**: [`Mission`] with [`MissionKind`], [`Mandate`] ([`LegalBasis`],
//!   [`Resolution`], [`MandatedTask`]), [`AuthorizedStrength`], predecessors;
//! - **partnerships**: [`Partnership`] with [`PartnershipKind`] (bilateral, multilateral,
//!   UN-regional, civil-military, hybrid...), [`Party`] ([`PartyRole`], [`Standing`]),
//!   [`OperationalForm`], [`CooperationDomain`], [`Instrument`] ([`InstrumentKind`]),
//!   [`Responsibility`];
//! - **contributions**: [`Contribution`] of [`Personnel`] by [`PersonnelCategory`] and
//!   sex ([`Headcount`]), funding, or a [`Capability`] ([`Contributed`]); a
//!   [`Deployment`] is a contributor's personnel in a mission on a date; a [`Presence`]
//!   a contributor present in a mission in a year, with its yearly mean personnel where
//!   the source gives one; a [`Participation`] a contributor's [`Component`] (military
//!   or police) in a mission from the day it deployed to the day it left;
//! - **outcomes**: [`Fatality`] ([`StaffCategory`], [`FatalityCause`], [`Gender`]),
//!   [`BattleDeaths`] of a territory in a year and its [`ConflictLevel`],
//!   [`DeployedStrength`] (a mission's reported strength on a date);
//! - **training**: [`Training`] ([`TrainingKind`], [`TrainingFocus`]),
//!   [`InstitutionBuilt`] ([`InstitutionKind`]);
//! - **frictions**: [`Friction`] with [`FrictionKind`] (divergent interests, rules of
//!   engagement, legal mismatch, language, resources...) and [`Severity`];
//! - **evidence**: [`Source`] with [`SourceKind`] and [`Reliability`]; [`Lesson`]
//!   ([`LessonKind`]);
//! - **the container**: [`Dataset`], built by a [`DatasetBuilder`] that reports every
//!   [`Problem`] ([`ProblemKind`], [`EntityRef`], [`EntityKind`]) at once in a
//!   [`ValidationReport`]; read and written as JSON ([`Dataset::read_json_file`],
//!   [`Dataset::to_json`]); errors are [`Error`].
//!
//! ## Data ([`data`])
//!
//! - the embedded reference dataset: [`data::reference::dataset`] (states,
//!   organizations and their memberships, peace operations, the partnerships the field
//!   cites, published contribution figures; every record sourced), and
//!   [`data::reference::with_contributions`] to put a file's figures in place of its own
//!   ([`data::reference::with_import`] for an importer's result, less its unknown
//!   missions);
//! - importers, each returning an [`data::Import`] with a [`data::Summary`] and every
//!   [`data::Skipped`] row: IPI ([`data::ipi`]: `Gender.Full.csv`, the data hub's
//!   monthly, mission and system files), UN contribution files in any layout
//!   ([`data::un`]), COW IGO memberships ([`data::cow`]), where UN missions deploy and
//!   who is at each site ([`data::geopko`]: Geo-PKO; [`data::radpko`]: RADPKO's bases
//!   by contributor); a contribution file in a
//!   format the user names ([`data::contributions`]: `gender-full`, `data-hub`, ...);
//! - names and codes: [`data::names`] (country names and mission acronyms to codes,
//!   with the closest match for unknown ones), [`data::crosswalk`] (COW to ISO, aware of
//!   dates);
//! - tidy CSV export of a dataset: [`data::export`]; errors are [`data::Error`].
//!
//! ## Networks ([`graph`])
//!
//! - the [`graph::PartnershipGraph`] as of a date or over a period, and its
//!   [`graph::SnapshotSeries`] over time;
//! - projections to actor networks ([`graph::ActorNetwork`]): [`graph::co_deployment`],
//!   [`graph::co_membership`], [`graph::co_training`]; the two-mode
//!   [`graph::actor_mission_matrix`];
//! - algorithms ([`graph::algo`]) on any [`graph::Network`]: degree and strength,
//!   betweenness, closeness, eigenvector, PageRank and Katz centrality, clustering,
//!   k-cores, components, articulation points and bridges, shortest paths and
//!   efficiency, assortativity, Louvain communities and modularity (equal to networkx's);
//! - the field's questions: [`graph::withdrawal`] (what breaks if a partner leaves),
//!   [`graph::interoperability`], [`graph::force_composition`];
//! - exports to DOT, GraphML, GEXF, JSON and CSV: [`graph::ExportGraph`].
//!
//! ## Scores ([`eval`])
//!
//! - indicator frameworks: [`eval::Framework`] (in code or from TOML/JSON), the
//!   built-in [`eval::builtin::partnership_effectiveness`] and the partnership scorecard
//!   of a dataset ([`eval::builtin::PartnershipScorecard`]);
//! - evidence: [`eval::Evidence`] from a tidy CSV of surveys, interviews and reports
//!   ([`eval::Evidence::read_csv_file`]) or from a dataset's records
//!   ([`eval::Evidence::from_dataset`]), fused by reliability into an
//!   [`eval::IndicatorTable`];
//! - the composite-indicator [`eval::Pipeline`] (screening, imputation, outlier
//!   treatment, normalization, aggregation) giving [`eval::Scores`] with an
//!   [`eval::Explanation`] of every score, written as CSV by [`eval::ScoreTable`];
//! - uncertainty and sensitivity: [`eval::Uncertainty`] (Monte Carlo rank intervals,
//!   [`eval::RankInterval`]; Sobol indices; leave one indicator out);
//! - multi-criteria methods: [`eval::topsis`], [`eval::vikor`], [`eval::promethee_ii`],
//!   [`eval::wsm`], [`eval::wpm`], [`eval::copeland`] on an [`eval::DecisionMatrix`];
//!   weights by AHP ([`eval::ahp_weights`]), entropy, CRITIC.
//!
//! ## Guides ([`guides`])
//!
//! - [`guides::cookbook`]: complete small programs for the questions researchers ask;
//! - [`guides::data_model`]: each concept of the field and its type;
//! - [`guides::dataset_format`] and [`guides::frameworks`]: the JSON format of a dataset,
//!   and the TOML/JSON format of an indicator framework;
//! - [`guides::datasets`]: the embedded reference dataset, its sources and known gaps,
//!   and the real files the importers read;
//! - [`guides::methodology`]: the network measures and scoring formulas, with references;
//! - [`guides::architecture`]: the crates, what lives where, how data flows;
//! - [`guides::performance`]: speed and memory measured against networkx, igraph,
//!   pymcdm and pandas, with the commands to reproduce them.
//!
//! # How do I ...
//!
//! ### ... find who was a member of an organization on a date?
//!
//! [`Dataset::members_on`] gives full and associate members; [`Dataset::memberships_on`]
//! also gives observers and suspended members, with their status. In the reference
//! dataset, `members_on("AU", date)` and `members_on("EU", date)` follow every accession,
//! withdrawal and suspension, each with its source.
//!
//! ### ... rank contributors on a date?
//!
//! [`Dataset::personnel_by_contributor_on`] sums each contributor's personnel over every
//! mission active on the date, from each mission's latest report on or before it, largest
//! first. On the reference dataset it reproduces the UN's published ranking of
//! 31 October 2010 (Bangladesh first, 10,748).
//!
//! ### ... use the UN/IPI contribution files?
//!
//! Read them with [`data::ipi::read_gender_full_file`] (IPI's `Gender.Full.csv`) or
//! [`data::un::read_contributions_file`] (any UN or data-hub layout), or with
//! [`data::contributions::read_file`] when the user names the format: every row the
//! importer could not use is in [`data::Import::skipped`], with file, line and reason.
//! [`data::reference::with_import`] then puts the figures in the reference dataset, with
//! its actors, missions and partnerships (leaving out the records of missions it does not
//! have); `cargo run --example contributors -- FILE DATE` prints the ranking as CSV.
//!
//! ### ... find the brokers and communities of a network?
//!
//! Make an [`graph::ActorNetwork`] (for example [`graph::co_deployment`]), run
//! [`graph::algo::betweenness`] on its [`network`](graph::ActorNetwork::network), and
//! read the ranking with [`graph::ActorNetwork::ranked`]; [`graph::algo::louvain`] finds
//! communities; the [`guides::cookbook`] has the whole program. `cargo run --example
//! network -- FILE --on DATE --metric betweenness` does it on a contribution file.
//!
//! ### ... see what breaks if a partner withdraws?
//!
//! [`graph::withdrawal`] compares the network with and without the actors: components,
//! global efficiency, regions left without a tie, and the partnerships orphaned.
//!
//! ### ... follow a measure over the years?
//!
//! A [`graph::SnapshotSeries`] holds the graph at yearly or monthly dates;
//! [`graph::SnapshotSeries::metric_table`] gives one tidy row per actor and date.
//!
//! ### ... open a network in Gephi, networkx or R?
//!
//! [`graph::ExportGraph::from_actor_network`] then `to_graphml`, `to_gexf` or
//! `to_json_node_link`; the reference data as tidy CSV tables with
//! [`data::export::write_tables`].
//!
//! ### ... score partnerships, with the uncertainty of the method?
//!
//! Evidence ([`eval::Evidence::read_csv_file`] for surveys and interviews,
//! [`eval::Evidence::from_dataset`] for the records) becomes a table with
//! [`eval::Evidence::indicator_table`]; [`eval::Pipeline::run`] scores it against a
//! [`eval::Framework`]; [`eval::Scores::explain`] says where a score comes from, and
//! [`eval::Uncertainty::run`] how far the ranks move under other weights, imputations,
//! normalizations or aggregations. `cargo run --example scorecard` does it from files.
//!
//! ### ... rank options with a multi-criteria method?
//!
//! Put them in an [`eval::DecisionMatrix`] with a [`eval::Direction`] per criterion,
//! and call [`eval::topsis`], [`eval::vikor`] or [`eval::promethee_ii`]; the results
//! equal pymcdm's.
//!
//! ### ... load my own data?
//!
//! Write it in the JSON format of [`guides::dataset_format`] and read it with
//! [`Dataset::read_json_file`]: every problem in the file is reported at once, each with
//! the record and field it concerns.
//!
//! # Crate features
//!
//! - `serde` (default): JSON (de)serialization of every type, validated on the way in;
//!   forwarded to every crate.
//! - `chrono`, `jiff`, `time`: conversions both ways between [`Date`] and
//!   `chrono::NaiveDate`, `jiff::civil::Date` and `time::Date`, and between [`Period`] and
//!   pairs and ranges of them ([`DateRangeError`] for a year outside 1000-9999);
//!   forwarded to `peacekeeping-core` (see its [date module](date)).
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
