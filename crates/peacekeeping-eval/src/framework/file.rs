//! The framework file format (TOML or JSON), read and written through private serde
//! structs so that the public types need no serde unless the `serde` feature asks for it.
//! Documented in `docs/frameworks.md`.

use serde::{Deserialize, Serialize};

use super::validate::validate;
use super::{
    Aggregate, Aggregation, Distance, Framework, FrameworkBuilder, Indicator, Normalization,
    Reference, Transform,
};
use crate::direction::Direction;
use crate::error::{FrameworkError, FrameworkProblem};
use crate::rank::{Percentile, Ties};

/// The version of the framework file format this crate reads and writes
/// (`format = 1` at the top of a file; optional).
///
/// ```
/// assert_eq!(peacekeeping_eval::FRAMEWORK_FORMAT_VERSION, 1);
/// ```
pub const FRAMEWORK_FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FrameworkFile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    format: Option<u32>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    description: String,
    #[serde(default, rename = "aggregate")]
    aggregates: Vec<AggregateFile>,
    #[serde(default, rename = "indicator")]
    indicators: Vec<IndicatorFile>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AggregateFile {
    id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    parent: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    method: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    p: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    weight: Option<f64>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct IndicatorFile {
    id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    name: String,
    #[serde(default)]
    parent: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    unit: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    description: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    direction: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    weight: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    transform: Option<TransformFile>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    normalization: Option<NormalizationFile>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TransformFile {
    method: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    offset: Option<f64>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct NormalizationFile {
    method: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    min: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    max: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    low: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    high: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    mean: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    sd: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    target: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    unit: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    scale: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    reference: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    form: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    ties: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    percentile: Option<String>,
}

/// Collects problems of one node while converting.
struct Node<'a> {
    id: &'a str,
    problems: &'a mut Vec<FrameworkProblem>,
}

impl Node<'_> {
    fn problem(&mut self, field: &'static str, message: String) {
        self.problems
            .push(FrameworkProblem::new(self.id, field, message));
    }
}

fn aggregation(file: &AggregateFile, node: &mut Node<'_>) -> Aggregation {
    let method = file.method.as_deref().unwrap_or("arithmetic");
    if method != "generalized" && file.p.is_some() {
        node.problem(
            "p",
            format!("`p` only applies to method `generalized`, not `{method}`"),
        );
    }
    match method {
        "arithmetic" => Aggregation::Arithmetic,
        "geometric" => Aggregation::Geometric,
        "harmonic" => Aggregation::Harmonic,
        "minimum" => Aggregation::Minimum,
        "copeland" => Aggregation::Copeland,
        "generalized" => match file.p {
            Some(p) => Aggregation::Generalized { p },
            None => {
                node.problem(
                    "p",
                    "method `generalized` needs the exponent `p`".to_owned(),
                );
                Aggregation::Arithmetic
            }
        },
        other => {
            node.problem(
                "method",
                format!(
                    "unknown aggregation `{other}`, expected arithmetic, geometric, harmonic, \
                     generalized, minimum or copeland"
                ),
            );
            Aggregation::Arithmetic
        }
    }
}

fn transform(file: &TransformFile, node: &mut Node<'_>) -> Transform {
    match (file.method.as_str(), file.offset) {
        ("none", None) => Transform::None,
        ("log", None) => Transform::Log,
        ("log", Some(offset)) => Transform::LogOffset(offset),
        ("none", Some(_)) => {
            node.problem(
                "transform.offset",
                "`offset` only applies to `log`".to_owned(),
            );
            Transform::None
        }
        (other, _) => {
            node.problem(
                "transform.method",
                format!("unknown transform `{other}`, expected none or log"),
            );
            Transform::None
        }
    }
}

fn normalization(file: &NormalizationFile, node: &mut Node<'_>) -> Option<Normalization> {
    let method = file.method.as_str();
    // Which parameters each method takes.
    let takes: &[&str] = match method {
        "min-max" => &["low", "high"],
        "goalposts" => &["min", "max", "scale"],
        "z-score" => &["mean", "sd"],
        "rank" => &["ties"],
        "percentile-rank" => &["ties", "percentile"],
        "borda" | "identity" => &[],
        "distance-to-target" => &["target", "scale"],
        "distance-to-reference" => &["unit", "reference", "form", "scale"],
        other => {
            node.problem(
                "normalization.method",
                format!(
                    "unknown normalization `{other}`, expected min-max, goalposts, z-score, \
                     rank, percentile-rank, distance-to-target, distance-to-reference, borda \
                     or identity"
                ),
            );
            return None;
        }
    };
    let given: [(&'static str, bool); 14] = [
        ("normalization.min", file.min.is_some()),
        ("normalization.max", file.max.is_some()),
        ("normalization.low", file.low.is_some()),
        ("normalization.high", file.high.is_some()),
        ("normalization.mean", file.mean.is_some()),
        ("normalization.sd", file.sd.is_some()),
        ("normalization.target", file.target.is_some()),
        ("normalization.unit", file.unit.is_some()),
        ("normalization.scale", file.scale.is_some()),
        ("normalization.reference", file.reference.is_some()),
        ("normalization.form", file.form.is_some()),
        ("normalization.ties", file.ties.is_some()),
        ("normalization.percentile", file.percentile.is_some()),
        ("normalization.method", false),
    ];
    for (field, present) in given {
        let name = &field["normalization.".len()..];
        if present && !takes.contains(&name) {
            node.problem(
                field,
                format!("`{name}` does not apply to normalization `{method}`"),
            );
        }
    }
    let mut required = |field: &'static str, value: Option<f64>| {
        if value.is_none() {
            node.problem(
                field,
                format!(
                    "normalization `{method}` needs `{}`",
                    &field["normalization.".len()..]
                ),
            );
        }
        value.unwrap_or(f64::NAN)
    };
    let scale = file.scale.unwrap_or(1.0);
    let n = match method {
        "min-max" => Normalization::MinMax {
            low: file.low.unwrap_or(0.0),
            high: file.high.unwrap_or(100.0),
        },
        "goalposts" => {
            let min = required("normalization.min", file.min);
            let max = required("normalization.max", file.max);
            if min.is_nan() || max.is_nan() {
                return None;
            }
            Normalization::Goalposts { min, max, scale }
        }
        "z-score" => Normalization::ZScore {
            mean: file.mean.unwrap_or(0.0),
            sd: file.sd.unwrap_or(1.0),
        },
        "rank" => Normalization::Rank {
            ties: ties(file, node),
        },
        "percentile-rank" => Normalization::PercentileRank {
            ties: ties(file, node),
            definition: match file.percentile.as_deref() {
                None => Percentile::default(),
                Some(name) => Percentile::named(name).unwrap_or_else(|| {
                    node.problem(
                        "normalization.percentile",
                        format!("unknown percentile `{name}`, expected inclusive or share"),
                    );
                    Percentile::default()
                }),
            },
        },
        "borda" => Normalization::Borda,
        "identity" => Normalization::Identity,
        "distance-to-target" => {
            let target = required("normalization.target", file.target);
            if target.is_nan() {
                return None;
            }
            Normalization::DistanceToTarget { target, scale }
        }
        _ => {
            let reference = match (&file.unit, file.reference.as_deref()) {
                (Some(unit), None) => Reference::Unit(unit.clone()),
                (None, Some(name)) => {
                    let Some(statistic) = Reference::statistic(name) else {
                        node.problem(
                            "normalization.reference",
                            format!(
                                "unknown reference `{name}`, expected mean, median, min or \
                                 max (or a `unit`)"
                            ),
                        );
                        return None;
                    };
                    statistic
                }
                (Some(_), Some(_)) => {
                    node.problem(
                        "normalization.reference",
                        "give either a reference `unit` or a `reference` statistic, not both"
                            .to_owned(),
                    );
                    return None;
                }
                (None, None) => {
                    node.problem(
                        "normalization.unit",
                        "normalization `distance-to-reference` needs a `unit` or a \
                         `reference` (mean, median, min or max)"
                            .to_owned(),
                    );
                    return None;
                }
            };
            let form = match file.form.as_deref() {
                None => Distance::default(),
                Some(name) => Distance::named(name).unwrap_or_else(|| {
                    node.problem(
                        "normalization.form",
                        format!("unknown form `{name}`, expected ratio or relative"),
                    );
                    Distance::default()
                }),
            };
            Normalization::DistanceToReference {
                reference,
                form,
                scale,
            }
        }
    };
    Some(n)
}

impl TryFrom<FrameworkFile> for Framework {
    type Error = FrameworkError;

    fn try_from(file: FrameworkFile) -> Result<Self, Self::Error> {
        let mut problems = Vec::new();
        if let Some(v) = file.format.filter(|&v| v != FRAMEWORK_FORMAT_VERSION) {
            problems.push(FrameworkProblem::new(
                "",
                "format",
                format!("format version {v} is not supported (this crate reads {FRAMEWORK_FORMAT_VERSION})"),
            ));
        }
        let mut builder = FrameworkBuilder {
            id: file.id,
            name: file.name,
            description: file.description,
            ..FrameworkBuilder::default()
        };
        for a in &file.aggregates {
            let mut node = Node {
                id: &a.id,
                problems: &mut problems,
            };
            let method = aggregation(a, &mut node);
            let mut agg = Aggregate::new(a.id.clone(), a.name.clone())
                .description(a.description.clone())
                .method(method)
                .weight(a.weight.unwrap_or(1.0));
            agg.parent.clone_from(&a.parent);
            builder.aggregates.push(agg);
        }
        for i in &file.indicators {
            let mut node = Node {
                id: &i.id,
                problems: &mut problems,
            };
            let direction = match i.direction.as_deref().map(str::parse::<Direction>) {
                None => Direction::HigherIsBetter,
                Some(Ok(d)) => d,
                Some(Err(e)) => {
                    node.problem("direction", e.to_string());
                    Direction::HigherIsBetter
                }
            };
            let t = i
                .transform
                .as_ref()
                .map_or(Transform::None, |t| transform(t, &mut node));
            let n = i
                .normalization
                .as_ref()
                .and_then(|n| normalization(n, &mut node));
            let mut ind = Indicator::new(i.id.clone(), i.name.clone())
                .parent(i.parent.clone())
                .unit(i.unit.clone())
                .description(i.description.clone())
                .direction(direction)
                .transform(t)
                .weight(i.weight.unwrap_or(1.0));
            ind.normalization = n;
            builder.indicators.push(ind);
        }
        validate(builder, problems)
    }
}

/// A rank normalization's tie rule: average unless the file names another.
fn ties(file: &NormalizationFile, node: &mut Node<'_>) -> Ties {
    match file.ties.as_deref() {
        None => Ties::Average,
        Some(name) => Ties::named(name).unwrap_or_else(|| {
            node.problem(
                "normalization.ties",
                format!("unknown tie rule `{name}`, expected average, min, max, dense or ordinal"),
            );
            Ties::Average
        }),
    }
}

fn normalization_file(n: &Normalization) -> NormalizationFile {
    let mut f = NormalizationFile {
        method: n.name().to_owned(),
        ..NormalizationFile::default()
    };
    match n {
        Normalization::MinMax { low, high } => {
            f.low = Some(*low);
            f.high = Some(*high);
        }
        Normalization::Goalposts { min, max, scale } => {
            f.min = Some(*min);
            f.max = Some(*max);
            f.scale = Some(*scale);
        }
        Normalization::ZScore { mean, sd } => {
            f.mean = Some(*mean);
            f.sd = Some(*sd);
        }
        Normalization::DistanceToTarget { target, scale } => {
            f.target = Some(*target);
            f.scale = Some(*scale);
        }
        Normalization::DistanceToReference {
            reference,
            form,
            scale,
        } => {
            match reference {
                Reference::Unit(unit) => f.unit = Some(unit.clone()),
                statistic => f.reference = Some(statistic.to_string()),
            }
            f.form = (*form != Distance::default()).then(|| form.name().to_owned());
            f.scale = Some(*scale);
        }
        // The defaults are left out, so a file reads as it was written.
        Normalization::Rank { ties } => {
            f.ties = (*ties != Ties::Average).then(|| ties.name().to_owned());
        }
        Normalization::PercentileRank { ties, definition } => {
            f.ties = (*ties != Ties::Average).then(|| ties.name().to_owned());
            f.percentile =
                (*definition != Percentile::default()).then(|| definition.name().to_owned());
        }
        Normalization::Borda | Normalization::Identity => {}
    }
    f
}

impl From<Framework> for FrameworkFile {
    fn from(fw: Framework) -> Self {
        let aggregates = fw
            .aggregates
            .into_iter()
            .map(|a| AggregateFile {
                id: a.id,
                name: a.name,
                parent: a.parent,
                description: a.description,
                method: Some(a.method.name().to_owned()),
                p: match a.method {
                    Aggregation::Generalized { p } => Some(p),
                    _ => None,
                },
                weight: Some(a.weight),
            })
            .collect();
        let indicators = fw
            .indicators
            .into_iter()
            .map(|i| IndicatorFile {
                normalization: i.normalization.as_ref().map(normalization_file),
                transform: match i.transform {
                    Transform::None => None,
                    Transform::Log => Some(TransformFile {
                        method: "log".to_owned(),
                        offset: None,
                    }),
                    Transform::LogOffset(offset) => Some(TransformFile {
                        method: "log".to_owned(),
                        offset: Some(offset),
                    }),
                },
                id: i.id,
                name: i.name,
                parent: i.parent,
                unit: i.unit,
                description: i.description,
                direction: Some(i.direction.to_string()),
                weight: Some(i.weight),
            })
            .collect();
        FrameworkFile {
            format: Some(FRAMEWORK_FORMAT_VERSION),
            id: fw.id,
            name: fw.name,
            description: fw.description,
            aggregates,
            indicators,
        }
    }
}
