//! The embedded reference dataset: true, sourced facts on peace operations, with no
//! download.
//!
//! [`dataset`] returns it as a validated [`Dataset`]: states (ISO 3166 codes, region,
//! official languages; their COW codes through [`crate::crosswalk`]), the UN and the
//! regional organizations with their memberships over time, peace operations, the
//! partnerships the field cites with their frictions, and published contribution
//! figures. Every record names its sources ([`Dataset::sources`]); what is known to be
//! missing is listed in `docs/datasets.md` ("The reference dataset").
//!
//! ```
//! use peacekeeping_data::reference;
//!
//! let data = reference::dataset();
//! assert!(data.sources().len() > 0);
//! // Every record carries a source.
//! assert!(data.actors().iter().all(|a| !a.sources.is_empty()));
//! ```
//!
//! The data lives in the crate as JSON documents in the format of
//! `docs/dataset-format.md` (`reference/*.json`, listed in [`DOCUMENTS`]); they are read
//! together, once, on the first call, and kept.

use std::sync::OnceLock;

use peacekeeping_core::{Dataset, Error, MissionId};

/// The documents of the reference dataset, as `(file name, JSON text)`, in reading
/// order. Each holds some of the sections; records of one may refer to records of
/// another.
pub const DOCUMENTS: [(&str, &str); 5] = [
    (
        "reference/states.json",
        include_str!("../reference/states.json"),
    ),
    (
        "reference/organizations.json",
        include_str!("../reference/organizations.json"),
    ),
    (
        "reference/missions.json",
        include_str!("../reference/missions.json"),
    ),
    (
        "reference/cases.json",
        include_str!("../reference/cases.json"),
    ),
    (
        "reference/contributions.json",
        include_str!("../reference/contributions.json"),
    ),
];

/// The reference dataset, read and validated on the first call and shared afterwards.
///
/// # Panics
/// Only if the embedded documents do not make a valid dataset. They are fixed at
/// compile time and the crate's tests read them with [`load`] and require zero
/// problems, so a released crate does not panic here.
#[must_use]
#[allow(clippy::panic)]
pub fn dataset() -> &'static Dataset {
    static DATA: OnceLock<Dataset> = OnceLock::new();
    DATA.get_or_init(|| {
        load().unwrap_or_else(|e| panic!("the embedded reference dataset is invalid: {e}"))
    })
}

/// Reads the reference dataset afresh from the embedded documents, without the cache
/// of [`dataset`]: for benchmarks, and for a copy to change.
///
/// # Errors
/// [`Error::Invalid`] (or [`Error::Json`]) if the embedded documents are not a valid
/// dataset, which the crate's tests rule out.
pub fn load() -> Result<Dataset, Error> {
    Dataset::from_json_documents(DOCUMENTS)
}

/// The id, acronym and aliases of each mission of the reference dataset, in its order,
/// read from its missions document alone, once: what the importers check the acronyms
/// they read against ([`names::known_mission`](crate::names::known_mission)), without
/// reading and holding the whole dataset. (Holding it, or the typed missions, left the
/// heap such that each later import of `Gender.Full.csv` page-faulted about 30 times
/// more and took a third longer: `perf stat -e page-faults` on the `gender_full_once`
/// bench example.)
///
/// The same missions, in the same order, as [`dataset`]`().missions()`: a test checks
/// it. Were the document unreadable, this would be empty rather than panic; the crate's
/// tests rule that out.
pub(crate) fn mission_names() -> &'static [MissionNames] {
    static NAMES: OnceLock<Vec<MissionNames>> = OnceLock::new();
    NAMES.get_or_init(|| {
        #[derive(serde::Deserialize)]
        struct Document {
            missions: Vec<MissionNames>,
        }
        let text = DOCUMENTS
            .iter()
            .find(|(name, _)| *name == "reference/missions.json")
            .map_or("", |(_, text)| text);
        serde_json::from_str::<Document>(text).map_or_else(|_| Vec::new(), |d| d.missions)
    })
}

/// The names of one reference mission (see [`mission_names`]).
#[derive(Debug, serde::Deserialize)]
pub(crate) struct MissionNames {
    pub(crate) id: MissionId,
    pub(crate) acronym: String,
    #[serde(default)]
    pub(crate) aliases: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mission_names_read_alone_are_those_of_the_dataset() {
        let alone: Vec<_> = mission_names()
            .iter()
            .map(|m| (&m.id, &m.acronym, &m.aliases))
            .collect();
        let whole: Vec<_> = dataset()
            .missions()
            .iter()
            .map(|m| (&m.id, &m.acronym, &m.aliases))
            .collect();
        assert_eq!(alone.len(), 102);
        assert_eq!(alone, whole);
    }
}
