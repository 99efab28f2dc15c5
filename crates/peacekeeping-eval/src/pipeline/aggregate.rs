//! Aggregation up the framework tree.

use super::{MethodError, MissingChildren};
use crate::direction::Direction;
use crate::framework::{Aggregation, Framework, NodeRef, check_children};
use crate::mcdm::{copeland_tallies, weighted_vote};

/// The framework's own weight of every node ([`Framework::node_ids`] order) and method of
/// every aggregate: what [`aggregate`] takes when nothing is varied.
pub(crate) fn nominal(framework: &Framework) -> (Vec<f64>, Vec<Aggregation>) {
    let weights = (0..framework.aggregates().len() + framework.indicators().len())
        .map(|k| framework.node_at(k).weight())
        .collect();
    let methods = framework.aggregates().iter().map(|a| a.method).collect();
    (weights, methods)
}

/// Scores every aggregate from the normalized indicator columns (one per indicator), with
/// `weights` per node and `methods` per aggregate (the framework's, from [`nominal`], or
/// varied ones). Returns one column per aggregate.
pub(crate) fn aggregate(
    framework: &Framework,
    weights: &[f64],
    methods: &[Aggregation],
    indicators: &[Vec<Option<f64>>],
    units: &[String],
    missing: MissingChildren,
) -> Result<Vec<Vec<Option<f64>>>, MethodError> {
    let n_units = units.len();
    let n_agg = framework.aggregates().len();
    let mut out: Vec<Vec<Option<f64>>> = vec![Vec::new(); n_agg];
    let mut xs = Vec::new();
    let mut ws = Vec::new();
    for &a in framework.bottom_up() {
        let NodeRef::Aggregate(node) = framework.node_at(a) else {
            continue;
        };
        let error = |u: usize, source: MethodError| MethodError::Aggregation {
            node: node.id.clone(),
            unit: units[u].clone(),
            source: Box::new(source),
        };
        // Each child's column and weight, read once per aggregate.
        let kids: Vec<(&[Option<f64>], f64)> = framework
            .children_of(a)
            .iter()
            .map(|&k| {
                let column = if k < n_agg {
                    out[k].as_slice()
                } else {
                    indicators[k - n_agg].as_slice()
                };
                (column, weights[k])
            })
            .collect();
        let total: f64 = kids.iter().map(|&(_, w)| w).sum();
        let mut column = vec![None; n_units];
        // The units scored at this node, for an aggregation across units.
        let mut scored = Vec::new();
        for (u, slot) in column.iter_mut().enumerate() {
            xs.clear();
            ws.clear();
            let mut present_weight = 0.0;
            let mut absent = false;
            for &(values, w) in &kids {
                match values[u] {
                    Some(x) => {
                        xs.push(x);
                        ws.push(w);
                        present_weight += w;
                    }
                    None if w > 0.0 => absent = true,
                    None => {}
                }
            }
            let enough = match missing {
                MissingChildren::Propagate => !absent,
                MissingChildren::Skip { min_weight_share } => {
                    present_weight > 0.0 && present_weight / total >= min_weight_share
                }
            };
            if !enough {
                continue;
            }
            if methods[a] == Aggregation::Copeland {
                check_children(&xs, &ws).map_err(|source| error(u, source))?;
                scored.push(u);
            } else {
                *slot = Some(
                    methods[a]
                        .combine(&xs, &ws)
                        .map_err(|source| error(u, source))?,
                );
            }
        }
        if methods[a] == Aggregation::Copeland {
            for (u, score) in copeland(&kids, &scored) {
                column[u] = Some(score);
            }
        }
        out[a] = column;
    }
    Ok(out)
}

/// Warnings for the aggregates whose mean a zero absorbs ([`Aggregation::zero_absorbs`]:
/// geometric, harmonic, power means with `p ≤ 0`): one per such aggregate where a unit's
/// child with weight scores 0, naming the units and those children, and the remedies.
/// After a min-max or goalposts normalization the worst unit of every indicator scores 0,
/// so such a mean silently scores 0, and ties, every unit worst on any one indicator.
pub(crate) fn zero_warnings(
    framework: &Framework,
    weights: &[f64],
    methods: &[Aggregation],
    indicators: &[Vec<Option<f64>>],
    aggregates: &[Vec<Option<f64>>],
    units: &[String],
) -> Vec<String> {
    let n_agg = framework.aggregates().len();
    let mut warnings = Vec::new();
    for (a, node) in framework.aggregates().iter().enumerate() {
        if !methods[a].zero_absorbs() {
            continue;
        }
        let mut hit = Vec::new();
        for (u, unit) in units.iter().enumerate() {
            if aggregates[a][u].is_none() {
                continue;
            }
            let zeros: Vec<&str> = framework
                .children_of(a)
                .iter()
                .filter(|&&k| weights[k] > 0.0)
                .filter(|&&k| {
                    let column = if k < n_agg {
                        &aggregates[k]
                    } else {
                        &indicators[k - n_agg]
                    };
                    column[u] == Some(0.0)
                })
                .map(|&k| framework.node_at(k).id())
                .collect();
            if !zeros.is_empty() {
                hit.push(format!("`{unit}` ({})", zeros.join(", ")));
            }
        }
        if !hit.is_empty() {
            warnings.push(format!(
                "aggregate `{}` ({} mean): {} unit(s) score 0 because a child scores 0, \
                 whatever their other children: {}; a normalization that keeps 0 out \
                 (min-max with `low` above 0, goalposts below the worst value) or the \
                 identity normalization of positive raw values avoids it",
                node.id,
                methods[a].name(),
                hit.len(),
                hit.join("; ")
            ));
        }
    }
    warnings
}

/// [`Aggregation::Copeland`] at one node: the `scored` units compared in pairs on the
/// children (`kids`: column and weight) both have, each child's scores higher-is-better.
/// Returns each scored unit with its score, 100 × its [`CopelandTally::share`](crate::mcdm::CopelandTally::share).
fn copeland(kids: &[(&[Option<f64>], f64)], scored: &[usize]) -> Vec<(usize, f64)> {
    let tallies = copeland_tallies(scored.len(), |a, b| {
        let (a, b) = (scored[a], scored[b]);
        weighted_vote(
            kids.iter()
                .filter_map(|&(values, w)| match (values[a], values[b]) {
                    (Some(x), Some(y)) => Some((Direction::HigherIsBetter.compare(x, y), w)),
                    _ => None,
                }),
        )
    });
    scored
        .iter()
        .zip(tallies)
        .map(|(&u, t)| (u, 100.0 * t.share()))
        .collect()
}
