//! Validation of a framework, one function per family of rules; every problem is
//! reported, in the order of the rules and of the nodes, never only the first.

use std::collections::BTreeMap;

use super::method::{Aggregation, Normalization, Reference, Transform};
use super::node::{Aggregate, Indicator};
use super::{Framework, FrameworkBuilder};
use crate::direction::Direction;
use crate::error::{FrameworkError, FrameworkProblem};

/// Validates what a builder (or a file) holds and builds the framework. `found` are the
/// problems already found reading a file (none for a builder): they are reported first,
/// then every problem of the validation.
pub(super) fn validate(
    spec: FrameworkBuilder,
    found: Vec<FrameworkProblem>,
) -> Result<Framework, FrameworkError> {
    let FrameworkBuilder {
        id,
        name,
        description,
        aggregates,
        indicators,
    } = spec;
    let mut problems = found;
    let nodes = Nodes {
        aggregates: &aggregates,
        indicators: &indicators,
    };
    let index = ids(nodes, &mut problems);
    let (parent, roots) = parents(nodes, &index, &mut problems);
    root_count(nodes, &roots, &mut problems);
    cycles(nodes, &parent, &mut problems);
    let children = children(nodes, &parent);
    weights(nodes, &mut problems);
    aggregate_rules(nodes, &children, &mut problems);
    indicator_rules(&indicators, &mut problems);
    if !problems.is_empty() {
        return Err(FrameworkError::Invalid {
            path: None,
            problems,
        });
    }
    let root = roots[0];
    let bottom_up = bottom_up(root, &children, aggregates.len());
    Ok(Framework {
        id,
        name,
        description,
        aggregates,
        indicators,
        root,
        children,
        bottom_up,
        index,
    })
}

/// The nodes being validated: aggregates `0..a`, then indicators `a..`.
#[derive(Clone, Copy)]
struct Nodes<'a> {
    aggregates: &'a [Aggregate],
    indicators: &'a [Indicator],
}

impl<'a> Nodes<'a> {
    fn len(self) -> usize {
        self.aggregates.len() + self.indicators.len()
    }

    fn id(self, k: usize) -> &'a str {
        let a = self.aggregates.len();
        if k < a {
            &self.aggregates[k].id
        } else {
            &self.indicators[k - a].id
        }
    }

    fn weight(self, k: usize) -> f64 {
        let a = self.aggregates.len();
        if k < a {
            self.aggregates[k].weight
        } else {
            self.indicators[k - a].weight
        }
    }
}

/// Ids: none empty, none twice (across aggregates and indicators). Returns the index of
/// every id (the first node of a duplicated one).
fn ids(nodes: Nodes<'_>, problems: &mut Vec<FrameworkProblem>) -> BTreeMap<String, usize> {
    let mut index = BTreeMap::new();
    for k in 0..nodes.len() {
        let node_id = nodes.id(k);
        if node_id.trim().is_empty() {
            problems.push(FrameworkProblem::new(node_id, "id", "empty id".to_owned()));
        } else if index.insert(node_id.to_owned(), k).is_some() {
            problems.push(FrameworkProblem::new(
                node_id,
                "id",
                "duplicate id (ids are unique across aggregates and indicators)".to_owned(),
            ));
        }
    }
    index
}

/// Parents: every one known and an aggregate; every indicator has one. Returns each
/// node's parent (as a node index; `None` for the roots and unresolved parents) and the
/// aggregates without a parent (the roots).
fn parents(
    nodes: Nodes<'_>,
    index: &BTreeMap<String, usize>,
    problems: &mut Vec<FrameworkProblem>,
) -> (Vec<Option<usize>>, Vec<usize>) {
    let n_agg = nodes.aggregates.len();
    let mut parent: Vec<Option<usize>> = vec![None; nodes.len()];
    let mut roots = Vec::new();
    let resolve = |node: &str, p: &str, problems: &mut Vec<FrameworkProblem>| match index.get(p) {
        Some(&k) if k < n_agg => Some(k),
        Some(_) => {
            problems.push(FrameworkProblem::new(
                node,
                "parent",
                format!("parent `{p}` is an indicator; only aggregates have children"),
            ));
            None
        }
        None => {
            problems.push(FrameworkProblem::new(
                node,
                "parent",
                format!("unknown parent `{p}`"),
            ));
            None
        }
    };
    for (k, a) in nodes.aggregates.iter().enumerate() {
        match &a.parent {
            None => roots.push(k),
            Some(p) => parent[k] = resolve(&a.id, p, problems),
        }
    }
    for (i, ind) in nodes.indicators.iter().enumerate() {
        if ind.parent.is_empty() {
            problems.push(FrameworkProblem::new(
                &ind.id,
                "parent",
                "an indicator needs a parent aggregate".to_owned(),
            ));
        } else {
            parent[n_agg + i] = resolve(&ind.id, &ind.parent, problems);
        }
    }
    (parent, roots)
}

/// Exactly one root.
fn root_count(nodes: Nodes<'_>, roots: &[usize], problems: &mut Vec<FrameworkProblem>) {
    match roots.len() {
        1 => {}
        0 => problems.push(FrameworkProblem::new(
            "",
            "parent",
            "no root: exactly one aggregate must have no parent".to_owned(),
        )),
        _ => problems.push(FrameworkProblem::new(
            "",
            "parent",
            format!(
                "{} roots ({}): exactly one aggregate must have no parent",
                roots.len(),
                roots
                    .iter()
                    .map(|&k| nodes.aggregates[k].id.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )),
    }
}

/// No cycle: following parents from an aggregate ends at a root within `a` steps.
fn cycles(nodes: Nodes<'_>, parent: &[Option<usize>], problems: &mut Vec<FrameworkProblem>) {
    let n_agg = nodes.aggregates.len();
    for (k, aggregate) in nodes.aggregates.iter().enumerate() {
        let mut at = k;
        let mut steps = 0;
        while let Some(p) = parent[at] {
            at = p;
            steps += 1;
            if steps > n_agg {
                problems.push(FrameworkProblem::new(
                    &aggregate.id,
                    "parent",
                    "cycle: following parents from this node never reaches the root".to_owned(),
                ));
                break;
            }
        }
    }
}

/// The children of each aggregate, as node indices, in node order.
fn children(nodes: Nodes<'_>, parent: &[Option<usize>]) -> Vec<Vec<usize>> {
    let mut children = vec![Vec::new(); nodes.aggregates.len()];
    for (k, p) in parent.iter().enumerate() {
        if let Some(p) = *p {
            children[p].push(k);
        }
    }
    children
}

/// Weights: finite and non-negative.
fn weights(nodes: Nodes<'_>, problems: &mut Vec<FrameworkProblem>) {
    for k in 0..nodes.len() {
        let w = nodes.weight(k);
        if !w.is_finite() || w < 0.0 {
            problems.push(FrameworkProblem::new(
                nodes.id(k),
                "weight",
                format!("weight must be finite and non-negative, got {w}"),
            ));
        }
    }
}

/// Aggregates: at least one child, not all weighted zero, a finite power-mean exponent.
fn aggregate_rules(
    nodes: Nodes<'_>,
    children: &[Vec<usize>],
    problems: &mut Vec<FrameworkProblem>,
) {
    for (a, kids) in children.iter().enumerate() {
        let aggregate = &nodes.aggregates[a];
        if kids.is_empty() {
            problems.push(FrameworkProblem::new(
                &aggregate.id,
                "children",
                "aggregate has no children".to_owned(),
            ));
        } else if kids.iter().all(|&k| nodes.weight(k) == 0.0) {
            problems.push(FrameworkProblem::new(
                &aggregate.id,
                "weight",
                format!(
                    "the weights of all children ({}) are zero",
                    kids.iter()
                        .map(|&k| nodes.id(k))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            ));
        }
        if let Some(message) = aggregation(&aggregate.method) {
            problems.push(FrameworkProblem::new(&aggregate.id, "p", message));
        }
    }
}

/// The problem of an aggregation's parameters, if any: a generalized mean's exponent
/// must be finite. For an aggregate of a framework and for an uncertainty factor's
/// alternative.
pub(crate) fn aggregation(method: &Aggregation) -> Option<String> {
    match *method {
        Aggregation::Generalized { p } if !p.is_finite() => Some(format!(
            "the generalized mean's exponent must be finite, got {p}"
        )),
        _ => None,
    }
}

/// Indicators: a finite log offset, valid normalization parameters.
fn indicator_rules(indicators: &[Indicator], problems: &mut Vec<FrameworkProblem>) {
    for ind in indicators {
        let offset = match ind.transform {
            Transform::LogOffset(offset) => offset,
            _ => 0.0,
        };
        if !offset.is_finite() {
            problems.push(FrameworkProblem::new(
                &ind.id,
                "transform.offset",
                format!("log offset must be finite, got {offset}"),
            ));
        }
        if let Some(n) = &ind.normalization {
            normalization(n, ind.transform, &ind.id, problems);
            if *n == Normalization::Identity && ind.direction == Direction::LowerIsBetter {
                problems.push(FrameworkProblem::new(
                    &ind.id,
                    "normalization.method",
                    IDENTITY_ORIENTATION.to_owned(),
                ));
            }
        }
    }
}

/// The first problem of a normalization's parameters checked alone, without an
/// indicator or its transform: a pipeline's default normalization, an uncertainty
/// factor's alternative. Its message.
pub(crate) fn normalization_alone(method: &Normalization) -> Option<String> {
    let mut problems = Vec::new();
    normalization(method, Transform::None, "", &mut problems);
    problems.into_iter().next().map(|p| p.message)
}

/// The problems of a normalization's parameters (`node` the indicator it belongs to,
/// empty when checked alone).
fn normalization(
    normalization: &Normalization,
    transform: Transform,
    node: &str,
    problems: &mut Vec<FrameworkProblem>,
) {
    let mut problem = |field: &'static str, message: String| {
        problems.push(FrameworkProblem::new(node, field, message));
    };
    let finite = |x: f64| x.is_finite();
    match *normalization {
        Normalization::MinMax { low, high } => {
            if !(finite(low) && finite(high) && low < high) {
                problem(
                    "normalization.low",
                    format!("min-max range needs finite low < high, got {low} and {high}"),
                );
            }
        }
        Normalization::Goalposts { min, max, scale } => {
            if !(finite(min) && finite(max) && min < max) {
                problem(
                    "normalization.min",
                    format!("goalposts need finite min < max, got min {min} and max {max}"),
                );
            } else if transform.apply(min).is_none() {
                problem(
                    "normalization.min",
                    format!("goalpost min {min} is outside the domain of the transform"),
                );
            }
            if !(finite(scale) && scale > 0.0) {
                problem(
                    "normalization.scale",
                    format!("scale must be finite and positive, got {scale}"),
                );
            }
        }
        Normalization::ZScore { mean, sd } => {
            if !(finite(mean) && finite(sd) && sd > 0.0) {
                problem(
                    "normalization.sd",
                    format!("z-score needs a finite mean and sd > 0, got {mean} and {sd}"),
                );
            }
        }
        Normalization::DistanceToTarget { target, scale } => {
            if !finite(target) || transform.apply(target).is_none() {
                problem(
                    "normalization.target",
                    format!("target {target} is not finite or outside the transform's domain"),
                );
            }
            if !(finite(scale) && scale > 0.0) {
                problem(
                    "normalization.scale",
                    format!("scale must be finite and positive, got {scale}"),
                );
            }
        }
        Normalization::DistanceToReference {
            ref reference,
            scale,
            ..
        } => {
            if *reference == Reference::Unit(String::new()) {
                problem("normalization.unit", "reference unit is empty".to_owned());
            }
            if !(finite(scale) && scale > 0.0) {
                problem(
                    "normalization.scale",
                    format!("scale must be finite and positive, got {scale}"),
                );
            }
        }
        Normalization::Rank { .. }
        | Normalization::PercentileRank { .. }
        | Normalization::Borda
        | Normalization::Identity => {}
    }
}

/// Why the identity normalization refuses a lower-is-better indicator.
pub(crate) const IDENTITY_ORIENTATION: &str = "the identity normalization keeps the values as given and cannot orient \
     a lower-is-better indicator: give it another normalization, or turn it around in the \
     data";

/// The aggregates in post-order from the root: children before parents.
fn bottom_up(root: usize, children: &[Vec<usize>], n_agg: usize) -> Vec<usize> {
    let mut bottom_up = Vec::with_capacity(n_agg);
    let mut stack = vec![(root, false)];
    while let Some((a, expanded)) = stack.pop() {
        if expanded {
            bottom_up.push(a);
        } else {
            stack.push((a, true));
            for &k in children[a].iter().rev() {
                if k < n_agg {
                    stack.push((k, false));
                }
            }
        }
    }
    bottom_up
}

#[cfg(test)]
mod tests {
    use super::super::Framework;
    use super::super::method::Normalization;
    use super::super::node::{Aggregate, Indicator};
    use crate::error::FrameworkError;

    #[test]
    fn every_problem_is_reported_at_once() {
        let err = Framework::builder()
            .aggregate(Aggregate::new("index", "Index"))
            .aggregate(Aggregate::new("a", "A").parent("b"))
            .aggregate(Aggregate::new("b", "B").parent("a"))
            .aggregate(Aggregate::new("zero", "Zero").parent("index"))
            .indicator(Indicator::new("x", "X").parent("zero").weight(0.0))
            .indicator(Indicator::new("x", "X again").parent("index"))
            .indicator(Indicator::new("y", "Y").parent("ghost").weight(-1.0))
            .indicator(Indicator::new("g", "G").parent("index").normalization(
                Normalization::Goalposts {
                    min: 5.0,
                    max: 5.0,
                    scale: 1.0,
                },
            ))
            .build()
            .unwrap_err();
        let FrameworkError::Invalid {
            path: None,
            problems,
        } = err
        else {
            panic!("{err}")
        };
        let has =
            |node: &str, field: &str| problems.iter().any(|p| p.node == node && p.field == field);
        assert!(has("x", "id"), "{problems:?}");
        assert!(has("a", "parent") && has("b", "parent"), "{problems:?}");
        assert!(has("y", "parent") && has("y", "weight"), "{problems:?}");
        assert!(has("zero", "weight"), "{problems:?}");
        assert!(has("g", "normalization.min"), "{problems:?}");
    }
}
