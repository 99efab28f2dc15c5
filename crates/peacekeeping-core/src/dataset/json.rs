//! The JSON format of a dataset (feature `serde`), documented in `docs/dataset-format.md`.

use std::path::Path;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::validate::Known;
use super::{
    Dataset, DatasetBuilder, EntityKind, EntityRef, Problem, ProblemKind, Records, ValidationReport,
};
use crate::{
    Actor, BattleDeaths, Contribution, DeployedStrength, Error, Fatality, Friction, GenderTarget,
    IoAccess, IoError, Lesson, Membership, Mission, Participation, Partnership, Presence, Source,
    Training,
};

/// The value of the `format` member.
pub(super) const FORMAT: &str = "peacekeeping-dataset";
/// The version of the format this crate reads and writes.
pub(super) const VERSION: u64 = 1;

#[derive(Serialize)]
struct Outline<'a> {
    format: &'static str,
    version: u64,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    sources: &'a [Source],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    actors: &'a [Actor],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    memberships: &'a [Membership],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    missions: &'a [Mission],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    partnerships: &'a [Partnership],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    contributions: &'a [Contribution],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    trainings: &'a [Training],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    frictions: &'a [Friction],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    lessons: &'a [Lesson],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    gender_targets: &'a [GenderTarget],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    fatalities: &'a [Fatality],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    battle_deaths: &'a [BattleDeaths],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    strengths: &'a [DeployedStrength],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    presences: &'a [Presence],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    participations: &'a [Participation],
}

impl Serialize for Dataset {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = &self.records;
        Outline {
            format: FORMAT,
            version: VERSION,
            sources: &r.sources,
            actors: &r.actors,
            memberships: &r.memberships,
            missions: &r.missions,
            partnerships: &r.partnerships,
            contributions: &r.contributions,
            trainings: &r.trainings,
            frictions: &r.frictions,
            lessons: &r.lessons,
            gender_targets: &r.gender_targets,
            fatalities: &r.fatalities,
            battle_deaths: &r.battle_deaths,
            strengths: &r.strengths,
            presences: &r.presences,
            participations: &r.participations,
        }
        .serialize(s)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct StrictOutline {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    version: Option<u64>,
    #[serde(default)]
    sources: Vec<Source>,
    #[serde(default)]
    actors: Vec<Actor>,
    #[serde(default)]
    memberships: Vec<Membership>,
    #[serde(default)]
    missions: Vec<Mission>,
    #[serde(default)]
    partnerships: Vec<Partnership>,
    #[serde(default)]
    contributions: Vec<Contribution>,
    #[serde(default)]
    trainings: Vec<Training>,
    #[serde(default)]
    frictions: Vec<Friction>,
    #[serde(default)]
    lessons: Vec<Lesson>,
    #[serde(default)]
    gender_targets: Vec<GenderTarget>,
    #[serde(default)]
    fatalities: Vec<Fatality>,
    #[serde(default)]
    battle_deaths: Vec<BattleDeaths>,
    #[serde(default)]
    strengths: Vec<DeployedStrength>,
    #[serde(default)]
    presences: Vec<Presence>,
    #[serde(default)]
    participations: Vec<Participation>,
}

impl StrictOutline {
    /// The header's problems, and the records.
    fn into_records(self) -> (Vec<Problem>, Records) {
        let header = check_header(
            self.format.map(Value::String).as_ref(),
            self.version.map(Value::from).as_ref(),
        );
        let records = Records {
            sources: self.sources,
            actors: self.actors,
            memberships: self.memberships,
            missions: self.missions,
            partnerships: self.partnerships,
            contributions: self.contributions,
            trainings: self.trainings,
            frictions: self.frictions,
            lessons: self.lessons,
            gender_targets: self.gender_targets,
            fatalities: self.fatalities,
            battle_deaths: self.battle_deaths,
            strengths: self.strengths,
            presences: self.presences,
            participations: self.participations,
        };
        (header, records)
    }
}

fn check_header(format: Option<&Value>, version: Option<&Value>) -> Vec<Problem> {
    let dataset = EntityRef::new(EntityKind::Dataset, "");
    let mut problems = Vec::new();
    if let Some(f) = format {
        if f.as_str() != Some(FORMAT) {
            problems.push(Problem {
                entity: dataset.clone(),
                field: "format".into(),
                kind: ProblemKind::Malformed {
                    message: format!("expected \"{FORMAT}\", found {f}"),
                },
            });
        }
    }
    if let Some(v) = version {
        if v.as_u64() != Some(VERSION) {
            problems.push(Problem {
                entity: dataset,
                field: "version".into(),
                kind: ProblemKind::Malformed {
                    message: format!(
                        "this version of the crate reads version {VERSION}, found {v}"
                    ),
                },
            });
        }
    }
    problems
}

impl<'de> Deserialize<'de> for Dataset {
    /// Reads a dataset and validates it; any problem fails deserialization with the full
    /// report as message. This path stops at the first malformed record; use
    /// [`Dataset::from_json_str`] to hear about every problem of a file at once.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let (header, records) = StrictOutline::deserialize(d)?.into_records();
        if !header.is_empty() {
            return Err(serde::de::Error::custom(ValidationReport::from_problems(
                header,
            )));
        }
        DatasetBuilder::from_records(records)
            .build()
            .map_err(serde::de::Error::custom)
    }
}

/// Names a record of a JSON section that failed to parse, as validation would name it.
fn key_of(kind: EntityKind, item: &Value, position: usize) -> (String, Option<String>) {
    let text = |path: &[&str]| -> Option<String> {
        let mut v = item;
        for p in path {
            v = v.get(p)?;
        }
        v.as_str().map(str::to_owned)
    };
    let fallback = || format!("#{position}");
    match kind {
        EntityKind::Membership => {
            let key = match (
                text(&["member"]),
                text(&["organization"]),
                text(&["period", "start"]),
            ) {
                (Some(m), Some(o), Some(s)) => format!("{m} in {o} from {s}"),
                _ => fallback(),
            };
            (key, None)
        }
        EntityKind::Contribution => {
            // The same suffix as `validate::contribution_key`.
            let what = match item.get("what").and_then(Value::as_object) {
                Some(w) if w.contains_key("funding") => " (funding)",
                Some(w) if w.contains_key("asset") => " (asset)",
                _ => "",
            };
            let key = match (text(&["contributor"]), text(&["mission"]), text(&["date"])) {
                (Some(c), Some(m), Some(d)) => format!("{c} to {m} on {d}{what}"),
                _ => fallback(),
            };
            (key, None)
        }
        EntityKind::BattleDeaths => {
            // The same key as `validate::battle_deaths_key`.
            let key = match (
                text(&["territory"]),
                item.get("year").and_then(Value::as_i64),
            ) {
                (Some(t), Some(y)) => format!("{t} in {y}"),
                _ => fallback(),
            };
            (key, None)
        }
        EntityKind::DeployedStrength => {
            // The same key as `validate::strength_key`.
            let key = match (text(&["mission"]), text(&["date"])) {
                (Some(m), Some(d)) => format!("{m} on {d}"),
                _ => fallback(),
            };
            (key, None)
        }
        EntityKind::Presence => {
            // The same key as `validate::presence_key`.
            let year = item.get("year").and_then(Value::as_i64);
            let key = match (text(&["contributor"]), text(&["mission"]), year) {
                (Some(c), Some(m), Some(y)) => {
                    let source = text(&["source"]).map_or_else(String::new, |s| format!(" ({s})"));
                    format!("{c} in {m} in {y}{source}")
                }
                _ => fallback(),
            };
            (key, None)
        }
        EntityKind::Participation => {
            // The same key as `validate::participation_key`.
            let key = match (
                text(&["contributor"]),
                text(&["component"]),
                text(&["mission"]),
                text(&["period", "start"]),
            ) {
                (Some(c), Some(k), Some(m), Some(d)) => format!("{c} {k} in {m} from {d}"),
                _ => fallback(),
            };
            (key, None)
        }
        _ => match text(&["id"]) {
            Some(id) => (id.clone(), Some(id)),
            None => (fallback(), None),
        },
    }
}

/// Reads one section of records, one record at a time, so that one bad record does not
/// hide the others.
fn section<T: DeserializeOwned>(
    kind: EntityKind,
    name: &str,
    value: Value,
    problems: &mut Vec<Problem>,
    known: &mut Known,
) -> Vec<T> {
    let Value::Array(items) = value else {
        problems.push(Problem {
            entity: EntityRef::new(EntityKind::Dataset, ""),
            field: name.to_owned(),
            kind: ProblemKind::Malformed {
                message: format!("expected an array of {kind} records"),
            },
        });
        return Vec::new();
    };
    let mut out = Vec::with_capacity(items.len());
    for (position, item) in items.into_iter().enumerate() {
        match serde_path_to_error::deserialize::<_, T>(&item) {
            Ok(record) => out.push(record),
            Err(err) => {
                let (key, id) = key_of(kind, &item, position);
                if let Some(id) = id {
                    known.ids.insert((kind, id));
                }
                let path = err.path().to_string();
                let message = err.into_inner().to_string();
                let field = if path == "." {
                    missing_field(&message).unwrap_or("(record)").to_owned()
                } else {
                    path
                };
                problems.push(Problem {
                    entity: EntityRef::new(kind, key),
                    field,
                    kind: ProblemKind::Malformed { message },
                });
            }
        }
    }
    out
}

/// The field named in serde's "missing field `x`" message.
fn missing_field(message: &str) -> Option<&str> {
    let rest = message.strip_prefix("missing field `")?;
    rest.split('`').next()
}

impl Dataset {
    /// Reads a dataset from JSON text in the format of `docs/dataset-format.md`, and
    /// validates it.
    ///
    /// Every problem is reported at once: records that cannot be read (a malformed date,
    /// a period that ends before it starts, an unknown code, a missing field) as well as
    /// every broken validation rule, each naming the record and the field.
    ///
    /// ```
    /// use peacekeeping_core::{Dataset, Error};
    ///
    /// let text = r#"{
    ///   "format": "peacekeeping-dataset", "version": 1,
    ///   "actors": [
    ///     {"id": "AU", "name": "African Union", "kind": "regional-organization"},
    ///     {"id": "MAR", "name": "Morocco", "kind": "state", "country": "MAR"}
    ///   ],
    ///   "memberships": [
    ///     {"member": "MAR", "organization": "AU", "period": {"start": "2017-01-30"}, "status": "full"},
    ///     {"member": "MAR", "organization": "OAU", "period": {"start": "1963-05-25", "end": "1963-01-01"}, "status": "full"}
    ///   ]
    /// }"#;
    /// let Err(Error::Invalid(report)) = Dataset::from_json_str(text) else { panic!("invalid") };
    /// assert_eq!(report.len(), 1);
    /// assert_eq!(report.problems()[0].field, "period");
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    ///
    /// # Errors
    /// - [`Error::Json`] if the text is not JSON, or not a JSON object;
    /// - [`Error::Invalid`] with every problem found otherwise.
    pub fn from_json_str(text: &str) -> Result<Self, Error> {
        Self::from_json_text(text, "<input>")
    }

    /// Reads a dataset from any reader of JSON; see [`from_json_str`](Dataset::from_json_str).
    ///
    /// # Errors
    /// - [`Error::Io`] if reading fails;
    /// - [`Error::Json`] if the input is not a JSON object (with line and column);
    /// - [`Error::Invalid`] with every problem found otherwise.
    pub fn read_json(mut reader: impl std::io::Read) -> Result<Self, Error> {
        let mut text = String::new();
        reader
            .read_to_string(&mut text)
            .map_err(|e| Error::Io(IoError::new(IoAccess::Read, None, e)))?;
        Self::from_json_text(&text, "<reader>")
    }

    /// Reads a dataset from a JSON file; see [`from_json_str`](Dataset::from_json_str).
    ///
    /// # Errors
    /// - [`Error::Io`] if the file cannot be read;
    /// - [`Error::Json`] if it is not a JSON object (with line and column);
    /// - [`Error::Invalid`] with every problem found otherwise;
    ///
    /// each naming the file.
    pub fn read_json_file(path: impl AsRef<Path>) -> Result<Self, Error> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::Io(IoError::new(IoAccess::Read, Some(path), e)))?;
        Self::from_json_text(&text, &path.display().to_string())
    }

    /// Reads one dataset from several JSON documents, each in the format of
    /// `docs/dataset-format.md`: the records of every document's sections are put
    /// together, then validated as one dataset, so a record of one document may refer to
    /// a record of another. This is how a dataset kept in several files (states in one,
    /// missions in another) is read; `(name, text)` names each document in errors.
    ///
    /// ```
    /// use peacekeeping_core::Dataset;
    ///
    /// let actors = r#"{"actors": [
    ///   {"id": "AU", "name": "African Union", "kind": "regional-organization"},
    ///   {"id": "MAR", "name": "Morocco", "kind": "state", "country": "MAR"}]}"#;
    /// let memberships = r#"{"memberships": [
    ///   {"member": "MAR", "organization": "AU", "period": {"start": "2017-01-30"}, "status": "full"}]}"#;
    /// let data = Dataset::from_json_documents([("actors.json", actors), ("memberships.json", memberships)])?;
    /// assert_eq!(data.memberships().len(), 1);
    /// # Ok::<(), peacekeeping_core::Error>(())
    /// ```
    ///
    /// # Errors
    /// - [`Error::Json`] if a document is not JSON, or not a JSON object, naming it;
    /// - [`Error::Invalid`] with every problem of every document otherwise.
    pub fn from_json_documents<'a>(
        documents: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, Error> {
        let mut problems = Vec::new();
        let mut known = Known::default();
        let mut records = Records::default();
        for (name, text) in documents {
            read_document(text, name, &mut records, &mut problems, &mut known)?;
        }
        match DatasetBuilder::from_records(records).build_with(&known) {
            Ok(data) if problems.is_empty() => Ok(data),
            Ok(_) => Err(Error::Invalid(ValidationReport::from_problems(problems))),
            Err(Error::Invalid(report)) => {
                problems.extend(report);
                Err(Error::Invalid(ValidationReport::from_problems(problems)))
            }
            Err(other) => Err(other),
        }
    }

    fn from_json_text(text: &str, path: &str) -> Result<Self, Error> {
        Self::from_json_documents([(path, text)])
    }

    /// Writes the dataset as pretty-printed JSON in the format of
    /// `docs/dataset-format.md`; [`from_json_str`](Dataset::from_json_str) reads it back
    /// to an equal dataset.
    ///
    /// # Errors
    /// [`Error::Json`] if serialization fails, which a valid dataset does not cause.
    pub fn to_json(&self) -> Result<String, Error> {
        serde_json::to_string_pretty(self).map_err(|e| Error::Json {
            path: "<output>".to_owned(),
            message: e.to_string(),
            line: e.line(),
            column: e.column(),
        })
    }
}

/// Reads the sections of one JSON document into `records`, collecting problems.
fn read_document(
    text: &str,
    path: &str,
    records: &mut Records,
    problems: &mut Vec<Problem>,
    known: &mut Known,
) -> Result<(), Error> {
    // The fast path: a document without a malformed record reads straight into typed
    // records. Only a document that fails it is read again as a JSON tree, record by
    // record, to report every malformed record with its key and field.
    if let Ok(o) = serde_json::from_str::<StrictOutline>(text) {
        let (header, read) = o.into_records();
        problems.extend(header);
        records.append(read);
        return Ok(());
    }
    let json_error = |e: serde_json::Error| Error::Json {
        path: path.to_owned(),
        message: e.to_string(),
        line: e.line(),
        column: e.column(),
    };
    let value: Value = serde_json::from_str(text).map_err(json_error)?;
    let Value::Object(mut outline) = value else {
        return Err(Error::Json {
            path: path.to_owned(),
            message: "expected a JSON object with the dataset's sections".to_owned(),
            line: 1,
            column: 1,
        });
    };
    problems.extend(check_header(outline.get("format"), outline.get("version")));
    let keys: Vec<String> = outline.keys().cloned().collect();
    for key in keys {
        let Some(v) = outline.remove(&key) else {
            continue;
        };
        let (p, k) = (&mut *problems, &mut *known);
        match key.as_str() {
            "format" | "version" => {}
            "sources" => records
                .sources
                .extend(section(EntityKind::Source, &key, v, p, k)),
            "actors" => records
                .actors
                .extend(section(EntityKind::Actor, &key, v, p, k)),
            "memberships" => {
                records
                    .memberships
                    .extend(section(EntityKind::Membership, &key, v, p, k))
            }
            "missions" => records
                .missions
                .extend(section(EntityKind::Mission, &key, v, p, k)),
            "partnerships" => {
                records
                    .partnerships
                    .extend(section(EntityKind::Partnership, &key, v, p, k))
            }
            "contributions" => {
                records
                    .contributions
                    .extend(section(EntityKind::Contribution, &key, v, p, k))
            }
            "trainings" => records
                .trainings
                .extend(section(EntityKind::Training, &key, v, p, k)),
            "frictions" => records
                .frictions
                .extend(section(EntityKind::Friction, &key, v, p, k)),
            "lessons" => records
                .lessons
                .extend(section(EntityKind::Lesson, &key, v, p, k)),
            "gender_targets" => {
                records
                    .gender_targets
                    .extend(section(EntityKind::GenderTarget, &key, v, p, k))
            }
            "fatalities" => records
                .fatalities
                .extend(section(EntityKind::Fatality, &key, v, p, k)),
            "battle_deaths" => {
                records
                    .battle_deaths
                    .extend(section(EntityKind::BattleDeaths, &key, v, p, k))
            }
            "strengths" => {
                records
                    .strengths
                    .extend(section(EntityKind::DeployedStrength, &key, v, p, k))
            }
            "presences" => records
                .presences
                .extend(section(EntityKind::Presence, &key, v, p, k)),
            "participations" => {
                records
                    .participations
                    .extend(section(EntityKind::Participation, &key, v, p, k))
            }
            other => problems.push(Problem {
                entity: EntityRef::new(EntityKind::Dataset, ""),
                field: other.to_owned(),
                kind: ProblemKind::Malformed {
                    message: "unknown section".to_owned(),
                },
            }),
        }
    }
    Ok(())
}
