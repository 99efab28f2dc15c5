//! Reference data and importers for peace operations: the part of the
//! [`peacekeeping`](https://docs.rs/peacekeeping) toolkit that reads the real world.
//!
//! ```
//! use std::io::Cursor;
//! use peacekeeping_data::ipi;
//!
//! // Two months of the IPI "countries/Bangladesh.csv" file, and one bad row.
//! let csv = "\"Date\",\"Troops\",\"Police\",\"Experts\"
//! 2010-10-31,10311,379,58
//! 2010-11-30,10365,NA,57
//! 2010-12-31,lots,NA,NA
//! ";
//! let import = ipi::read_contributor_months(Cursor::new(csv), "BGD".parse()?)?;
//!
//! // The UN's ranking of 31 October 2010 puts Bangladesh first, with 10,748.
//! assert_eq!(import.records[0].total(), 10_748);
//! assert_eq!(import.records[1].police, 0); // NA: zero or not reported
//! // Nothing is dropped silently: the bad row is reported with its line and column,
//! assert_eq!(import.skipped[0].to_string(), r#"<input>:4: column "Troops" "lots": not a count: expected a whole number, NA or nothing"#);
//! // and every row read is accounted for.
//! assert_eq!(import.summary().to_string(), "3 rows read: 2 imported, 0 merged, 1 skipped");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # What is here
//!
//! **Importers** for the files researchers already have. Each reads any
//! [`Read`](std::io::Read) or a file, returns an [`Import`]: the records plus every row it
//! skipped and why ([`Skipped`]), all found in one pass, and the counts of rows read,
//! imported, merged and skipped ([`Import::summary`]); it fails with an [`Error`] only if
//! the file cannot be read or lacks a column it needs. That is the lenient mode; for a
//! strict one, [`Import::strict`] fails on the first skipped row.
//!
//! **The reference dataset**, [`reference::dataset`]: a validated
//! [`Dataset`](peacekeeping_core::Dataset) of true facts, every record with its source,
//! embedded in the crate (no download): states, the UN and the regional organizations
//! with their memberships over time, peace operations, the partnerships the field cites
//! with their frictions, and published contribution figures.
//!
//! ```
//! use peacekeeping_core::Date;
//! use peacekeeping_data::reference;
//!
//! let data = reference::dataset();
//! // The UN's ranking of 31 October 2010: Bangladesh first, with 10,748.
//! let ranking = data.personnel_by_contributor_on(Date::new(2010, 10, 31)?);
//! assert_eq!((ranking[0].0.as_str(), ranking[0].1.total()), ("BGD", 10_748));
//! # Ok::<(), peacekeeping_core::Error>(())
//! ```
//!
//! | module | what |
//! |---|---|
//! | [`reference`](mod@reference) | the embedded reference dataset: [`dataset`](reference::dataset) (read once, shared), [`load`](reference::load) (read afresh), [`with_contributions`](reference::with_contributions) and [`with_import`](reference::with_import) (with a contribution file's figures in place of its own, and a [`ContributionMerge`](reference::ContributionMerge) of what was left out and added, with its [report](reference::ContributionMerge::report)) |
//! | [`export`] | tidy CSV tables of any dataset for pandas and R: [`write_tables`](export::write_tables), [`write_table`](export::write_table) |
//! | [`ipi`] | the IPI Peacekeeping Database (UN uniformed-personnel contributions): [`read_gender_full`](ipi::read_gender_full) (contributor x mission x month by category and sex, as [`Contribution`](peacekeeping_core::Contribution)s), [`read_contributor_months`](ipi::read_contributor_months) and [`read_contributor_dir`](ipi::read_contributor_dir) ([`ContributorMonth`](ipi::ContributorMonth)), [`read_mission_months`](ipi::read_mission_months) ([`MissionMonth`](ipi::MissionMonth); [`to_deployed_strengths`](ipi::to_deployed_strengths) makes core [`DeployedStrength`](peacekeeping_core::DeployedStrength)s of them), [`read_system_months`](ipi::read_system_months) ([`SystemMonth`](ipi::SystemMonth)), [`read_current_month`](ipi::read_current_month) ([`Snapshot`](ipi::Snapshot): contributor x mission in March 2014, with IPI's membership flags) |
//! | [`fatalities`] | the UN's peacekeeping fatalities (`DPPADPOSS-FATALITIES.csv`): [`read_fatalities`](fatalities::read_fatalities) (one [`Fatality`](peacekeeping_core::Fatality) per row, with the file's update date and the people listed twice, in [`Fatalities`](fatalities::Fatalities)) |
//! | [`authorized`] | authorised vs deployed strength of UN missions by month (Passmore, Shannon & Hart 2018): [`read_mission_months`](authorized::read_mission_months) ([`MissionMonth`](authorized::MissionMonth)), [`to_authorized_strengths`](authorized::to_authorized_strengths) (the core [`AuthorizedStrength`](peacekeeping_core::AuthorizedStrength)s of each mission, one per change of ceiling) |
//! | [`cow`] | Correlates of War IGO memberships (`cow/igo_v3_selected_memberships.csv`): [`read_memberships`](cow::read_memberships) ([`CowMembership`](cow::CowMembership): a COW state's full membership of the OAU, AU, EEC, EU, NATO, OAS, ECOWAS or UN as year spans; [`to_memberships`](cow::CowMembership::to_memberships) gives [`Membership`](peacekeeping_core::Membership)s) |
//! | [`crosswalk`] | COW state codes to ISO 3166 codes and back, by date: [`iso_on`](crosswalk::iso_on), [`iso_in_year`](crosswalk::iso_in_year), [`cow_on`](crosswalk::cow_on), [`cow_in_year`](crosswalk::cow_in_year) (COW 345 is `YUG`, `SCG`, then `SRB`; COW's `AUS` is Austria); Gleditsch-Ward codes ([`GwCode`](crosswalk::GwCode)) to COW and ISO and back, by date: [`gw_to_cow_on`](crosswalk::gw_to_cow_on), [`cow_to_gw_on`](crosswalk::cow_to_gw_on), [`gw_to_iso_on`](crosswalk::gw_to_iso_on), [`iso_to_gw_on`](crosswalk::iso_to_gw_on) (GW 260 is Germany after 1990, COW 255); territories of territory-year data: [`territory_iso_in_year`](crosswalk::territory_iso_in_year) |
//! | [`geopko`] | the Geocoded Peacekeeping Operations dataset (Geo-PKO v2.3, dashboard extracts): [`read_locations`](geopko::read_locations) ([`Location`](geopko::Location): a mission's location in a year, with each map reading), [`read_contributor_sites`](geopko::read_contributor_sites) ([`ContributorSite`](geopko::ContributorSite): the contributors at a site, with their unit sizes; [`to_presences`](geopko::to_presences) makes core [`Presence`](peacekeeping_core::Presence)s of them) |
//! | [`radpko`] | RADPKO's base-year file: [`read_base_years`](radpko::read_base_years) ([`BaseYear`](radpko::BaseYear): a mission's base in a year, with the yearly means of its troops, police and observers by contributor), [`to_presences`](radpko::to_presences) (each contributor's presence in a mission in a year, with its mean personnel, as core [`Presence`](peacekeeping_core::Presence)s) |
//! | [`ucdp`] | battle-related deaths by territory and year, 1946-2022 (UCDP GED 23.1 and PRIO, `ucdp-brd-cy/ucdpbrds.csv`): [`read_battle_deaths`](ucdp::read_battle_deaths) ([`CountryYear`](ucdp::CountryYear), with its ISO territory; [`to_battle_deaths`](ucdp::CountryYear::to_battle_deaths) gives [`BattleDeaths`](peacekeeping_core::BattleDeaths)), [`BattleDeathsTable`](ucdp::BattleDeathsTable) (best deaths of a territory in a year or years) |
//! | [`names`] | names found in files to ids: [`mission_id`](names::mission_id) (`ONUCI` is `UNOCI`, `UNOSOM II` is `UNOSOM-II`), [`country_code`](names::country_code) (`DR Congo` is `COD`), [`closest_country`](names::closest_country) (the known name nearest an unknown one), [`known_mission`](names::known_mission) and [`closest_mission`](names::closest_mission) (checked against the reference missions) |
//! | [`nonun`] | the UN and Non-UN Peacekeeping Dataset (Bara & Hultman 2020, from SIPRI; `non-un-pko/un_nonun_pko_v2-2019.csv`): [`read_mission_months`](nonun::read_mission_months) ([`MissionMonth`](nonun::MissionMonth): a UN or non-UN operation's personnel in a month, interpolated, with IPI's figures and the conflicts it is assigned to; the rows repeated once per conflict merged), [`to_deployed_strengths`](nonun::to_deployed_strengths) (SIPRI's own figures as core [`DeployedStrength`](peacekeeping_core::DeployedStrength)s) |
//! | [`un`] | the UN's own contribution files and any other in a described layout: [`read_contributions`](un::read_contributions) with a [`Layout`](un::Layout) ([`data_hub`](un::Layout::data_hub), [`data_hub_before_2010`](un::Layout::data_hub_before_2010), [`hdx_gender`](un::Layout::hdx_gender), [`ipi_full`](un::Layout::ipi_full), or your own [`long`](un::Layout::long) / [`wide`](un::Layout::wide)), long rows merged into one [`Contribution`](peacekeeping_core::Contribution) per report |
//! | [`contributions`] | a contribution file in a format named by the user: [`Format`](contributions::Format) (`gender-full`, `data-hub`, `data-hub-before-2010`, `hdx-gender`, `ipi-full`, parsed by `FromStr`), [`read`](contributions::read), [`read_file`](contributions::read_file); then [`reference::with_import`] |
//! | [`Import`], [`Skipped`], [`Note`], [`Summary`], [`ImportLog`] | what an importer returns, its counts, and its report for a person to read ([`Import::report`]) |
//! | [`Conversion`], [`SkippedMonth`], [`SkipReason`], [`SkippedEntry`], [`EntryReason`], [`Skip`] | what a conversion into core records returns: the records, and every input left out with the reason (mission months for strengths, contributor entries for presences) |
//! | [`Error`] | why an importer could not read a file, or the export write one |
//!
//! The files, their columns and every quirk handled are described in `docs/datasets.md`
//! ("IPI contribution files", "Geo-PKO", "RADPKO", ...).
//!
//! # Crate features
//!
//! - `serde`: forwarded to [`peacekeeping_core`]. (The embedded reference dataset is JSON,
//!   so this crate always turns on `peacekeeping-core`'s `serde` feature.)
//!
//! # Minimum Rust version
//!
//! 1.85.

#![forbid(unsafe_code)]

pub mod authorized;
pub mod contributions;
mod conversion;
pub mod cow;
pub mod crosswalk;
mod error;
pub mod export;
pub mod fatalities;
pub mod geopko;
mod import;
pub mod ipi;
pub mod names;
pub mod nonun;
pub mod radpko;
pub mod reference;
pub mod ucdp;
pub mod un;

pub use conversion::{Conversion, EntryReason, Skip, SkipReason, SkippedEntry, SkippedMonth};
pub use error::Error;
pub use import::{Import, ImportLog, Note, Skipped, Summary, UnknownMission};
