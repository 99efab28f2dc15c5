//! The factors of a pipeline's uncertainty analysis: which method choices vary
//! ([`Factor`], [`FactorKind`]), over which nodes ([`Scope`]), how weights are perturbed
//! ([`Noise`]); and their resolution against a framework.

use super::draw::Draw;
use crate::error::UncertaintyError;
use crate::framework::{
    Aggregation, Framework, Normalization, aggregation_problem, normalization_problem,
};
use crate::pipeline::Imputation;

/// The random perturbation of weights: each weight in scope is multiplied by its own draw
/// of `m`, and the weights of an aggregate's children are then renormalized to sum to 1
/// (aggregation always divides by the sum of the weights). The multipliers are drawn in
/// the order of [`Framework::node_ids`] (for [`Scope::Nodes`], in the order given).
///
/// ```
/// use peacekeeping_eval::Noise;
/// // COINr's "noise factor" 0.25: each weight within ±25% of its nominal value.
/// let noise = Noise::Uniform { spread: 0.25 };
/// assert_eq!(noise, Noise::Uniform { spread: 0.25 });
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub enum Noise {
    /// `m` uniform on `[1 - spread, 1 + spread)`, `0 < spread < 1`.
    Uniform {
        /// The half-width of the multiplier's range.
        spread: f64,
    },
    /// `m = 1 + sd z`, `z` standard normal, drawn again while `m <= 0` (a normal
    /// truncated to positive multipliers), `0 < sd <= 1`.
    Normal {
        /// The standard deviation of the multiplier.
        sd: f64,
    },
}

impl Noise {
    fn check(self) -> Result<(), (f64, &'static str)> {
        match self {
            Noise::Uniform { spread } if !(spread > 0.0 && spread < 1.0) => {
                Err((spread, "a uniform spread must be in (0, 1)"))
            }
            Noise::Normal { sd } if !(sd > 0.0 && sd <= 1.0) => {
                Err((sd, "a normal sd must be in (0, 1]"))
            }
            _ => Ok(()),
        }
    }

    pub(super) fn multiplier(self, draw: &mut Draw) -> f64 {
        match self {
            Noise::Uniform { spread } => draw.uniform_in(1.0 - spread, 1.0 + spread),
            Noise::Normal { sd } => loop {
                let m = draw.normal(1.0, sd);
                if m > 0.0 {
                    break m;
                }
            },
        }
    }
}

/// Which nodes of the framework a factor acts on.
///
/// For an aggregation factor: the aggregates whose method is chosen. For weight noise:
/// the nodes whose weight is perturbed (the root has no weight that matters and is never
/// perturbed).
///
/// ```
/// use peacekeeping_eval::Scope;
/// // The children of the root (depth 1): the dimensions of a two-level framework.
/// let dimensions = Scope::Level(1);
/// assert_ne!(dimensions, Scope::All);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Scope {
    /// Every aggregate (aggregation), or every node but the root (weights).
    All,
    /// The nodes at a depth of the tree: 0 is the root, 1 its children, and so on
    /// (aggregation: the aggregates at that depth; weights: every node at that depth).
    Level(usize),
    /// The nodes with these ids.
    Nodes(Vec<String>),
}

/// What a [`Factor`] varies.
///
/// ```
/// use peacekeeping_eval::{Factor, FactorKind, Imputation};
/// let f = Factor::imputation("imputation", [None, Some(Imputation::Mean)]);
/// assert!(matches!(f.kind(), FactorKind::Imputation(alternatives) if alternatives.len() == 2));
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum FactorKind {
    /// The imputation of the pipeline (`None`: no imputation).
    Imputation(Vec<Option<Imputation>>),
    /// The normalization of every indicator, overriding the framework's entries and the
    /// pipeline's default.
    Normalization(Vec<Normalization>),
    /// The aggregation method of the aggregates in scope (one choice for all of them).
    Aggregation {
        /// The aggregates.
        scope: Scope,
        /// The methods to choose from.
        alternatives: Vec<Aggregation>,
    },
    /// Random perturbation of the weights in scope.
    WeightNoise {
        /// The nodes whose weights are perturbed.
        scope: Scope,
        /// The perturbation.
        noise: Noise,
    },
}

/// One uncertain input of an [`Uncertainty`](crate::Uncertainty) analysis: a named choice among
/// alternatives, or a weight perturbation.
///
/// A choice among `n` alternatives is drawn uniformly: from a uniform `u` in `[0, 1)`,
/// alternative `⌊u n⌋` (0-based). In a Sobol design each factor is one input, a weight
/// perturbation being a group of multipliers moved together.
///
/// ```
/// use peacekeeping_eval::{Aggregation, Factor, Noise, Normalization, Scope};
/// let f = Factor::aggregation("aggregation", Scope::All, [Aggregation::Arithmetic, Aggregation::Geometric]);
/// assert_eq!(f.name(), "aggregation");
/// let w = Factor::weight_noise("weights", Scope::Level(2), Noise::Uniform { spread: 0.25 });
/// let n = Factor::normalization("normalization", [Normalization::min_max_100(), Normalization::rank()]);
/// # let _ = (w, n);
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct Factor {
    name: String,
    kind: FactorKind,
}

impl Factor {
    /// A factor of any kind.
    ///
    /// ```
    /// use peacekeeping_eval::{Factor, FactorKind, Normalization};
    /// let f = Factor::new("norm", FactorKind::Normalization(vec![Normalization::rank()]));
    /// assert_eq!(f.name(), "norm");
    /// ```
    pub fn new(name: impl Into<String>, kind: FactorKind) -> Self {
        Factor {
            name: name.into(),
            kind,
        }
    }

    /// A choice of imputation (`None`: no imputation).
    ///
    /// ```
    /// use peacekeeping_eval::{Factor, Imputation};
    /// let f = Factor::imputation("imputation", [None, Some(Imputation::Median)]);
    /// # let _ = f;
    /// ```
    pub fn imputation(
        name: impl Into<String>,
        alternatives: impl IntoIterator<Item = Option<Imputation>>,
    ) -> Self {
        Factor::new(
            name,
            FactorKind::Imputation(alternatives.into_iter().collect()),
        )
    }

    /// A choice of normalization for every indicator.
    ///
    /// ```
    /// use peacekeeping_eval::{Factor, Normalization};
    /// let f = Factor::normalization("normalization", [
    ///     Normalization::min_max_100(),
    ///     Normalization::ZScore { mean: 10.0, sd: 2.0 },
    /// ]);
    /// # let _ = f;
    /// ```
    pub fn normalization(
        name: impl Into<String>,
        alternatives: impl IntoIterator<Item = Normalization>,
    ) -> Self {
        Factor::new(
            name,
            FactorKind::Normalization(alternatives.into_iter().collect()),
        )
    }

    /// A choice of aggregation method for the aggregates in `scope`. Any method may be an
    /// alternative, [`Aggregation::Copeland`] included: each replication computes it over
    /// all the units scored at the node, as [`Pipeline::run`](crate::Pipeline::run) does.
    ///
    /// ```
    /// use peacekeeping_eval::{Aggregation, Factor, Scope};
    /// let f = Factor::aggregation("index aggregation", Scope::Level(0),
    ///     [Aggregation::Arithmetic, Aggregation::Geometric]);
    /// # let _ = f;
    /// ```
    pub fn aggregation(
        name: impl Into<String>,
        scope: Scope,
        alternatives: impl IntoIterator<Item = Aggregation>,
    ) -> Self {
        Factor::new(
            name,
            FactorKind::Aggregation {
                scope,
                alternatives: alternatives.into_iter().collect(),
            },
        )
    }

    /// A perturbation of the weights in `scope`.
    ///
    /// ```
    /// use peacekeeping_eval::{Factor, Noise, Scope};
    /// let f = Factor::weight_noise("weights", Scope::All, Noise::Normal { sd: 0.1 });
    /// # let _ = f;
    /// ```
    pub fn weight_noise(name: impl Into<String>, scope: Scope, noise: Noise) -> Self {
        Factor::new(name, FactorKind::WeightNoise { scope, noise })
    }

    /// The factor's name.
    ///
    /// ```
    /// use peacekeeping_eval::{Factor, Noise, Scope};
    /// assert_eq!(Factor::weight_noise("w", Scope::All, Noise::Normal { sd: 0.1 }).name(), "w");
    /// ```
    #[must_use]
    pub fn name(&self) -> &str {
        &self.name
    }

    /// What the factor varies.
    ///
    /// ```
    /// use peacekeeping_eval::{Factor, FactorKind, Noise, Scope};
    /// let f = Factor::weight_noise("w", Scope::All, Noise::Normal { sd: 0.1 });
    /// assert!(matches!(f.kind(), FactorKind::WeightNoise { .. }));
    /// ```
    #[must_use]
    pub fn kind(&self) -> &FactorKind {
        &self.kind
    }

    /// The number of alternatives of a choice; `None` for weight noise.
    pub(super) fn alternatives(&self) -> Option<usize> {
        match &self.kind {
            FactorKind::Imputation(a) => Some(a.len()),
            FactorKind::Normalization(a) => Some(a.len()),
            FactorKind::Aggregation { alternatives, .. } => Some(alternatives.len()),
            FactorKind::WeightNoise { .. } => None,
        }
    }
}

/// What a factor acts on, resolved against the framework.
pub(super) enum Resolved {
    Imputation,
    Normalization,
    /// Aggregate indices and the methods to choose from.
    Aggregation(Vec<usize>, Vec<Aggregation>),
    /// Node indices and the perturbation.
    Weights(Vec<usize>, Noise),
}

/// One factor's drawn value.
#[derive(Debug, Clone)]
pub(super) enum Value {
    Choice(usize),
    Multipliers(Vec<f64>),
}

impl Value {
    pub(super) fn choice(&self) -> Option<usize> {
        match self {
            Value::Choice(c) => Some(*c),
            Value::Multipliers(_) => None,
        }
    }
}

pub(super) fn values_choices(values: &[Value]) -> Vec<Option<usize>> {
    values.iter().map(Value::choice).collect()
}

/// Checks every factor and resolves its scope to node indices.
pub(super) fn resolve(
    fw: &Framework,
    factors: &[Factor],
) -> Result<Vec<Resolved>, UncertaintyError> {
    let n_agg = fw.aggregates().len();
    let n_nodes = n_agg + fw.indicators().len();
    let depth = depths(fw);
    // Who sets what: the imputation, the normalization, each aggregate's method,
    // each node's weight.
    let mut imputation_owner: Option<&str> = None;
    let mut normalization_owner: Option<&str> = None;
    let mut method_owner: Vec<Option<&str>> = vec![None; n_agg];
    let mut weight_owner: Vec<Option<&str>> = vec![None; n_nodes];
    let mut out = Vec::with_capacity(factors.len());
    for (i, f) in factors.iter().enumerate() {
        let name = f.name.as_str();
        if factors[..i].iter().any(|g| g.name == f.name) {
            return Err(UncertaintyError::DuplicateFactor {
                factor: f.name.clone(),
            });
        }
        if f.alternatives() == Some(0) {
            return Err(UncertaintyError::NoAlternatives {
                factor: f.name.clone(),
            });
        }
        let overlap = |first: &str, what: String| UncertaintyError::Overlap {
            first: first.to_owned(),
            second: f.name.clone(),
            what,
        };
        let resolved = match &f.kind {
            FactorKind::Imputation(_) => {
                if let Some(first) = imputation_owner.replace(name) {
                    return Err(overlap(first, "the imputation".into()));
                }
                Resolved::Imputation
            }
            FactorKind::Normalization(alternatives) => {
                if let Some(first) = normalization_owner.replace(name) {
                    return Err(overlap(first, "the normalization".into()));
                }
                for (alternative, n) in alternatives.iter().enumerate() {
                    if let Some(message) = normalization_problem(n) {
                        return Err(UncertaintyError::InvalidAlternative {
                            factor: f.name.clone(),
                            alternative,
                            message,
                        });
                    }
                }
                Resolved::Normalization
            }
            FactorKind::Aggregation {
                scope,
                alternatives,
            } => {
                for (alternative, a) in alternatives.iter().enumerate() {
                    if let Some(message) = aggregation_problem(a) {
                        return Err(UncertaintyError::InvalidAlternative {
                            factor: f.name.clone(),
                            alternative,
                            message,
                        });
                    }
                }
                let nodes = scope_nodes(fw, scope, &depth, name, true)?;
                for &k in &nodes {
                    if let Some(first) = method_owner[k].replace(name) {
                        return Err(overlap(
                            first,
                            format!("the aggregation of `{}`", fw.id_at(k)),
                        ));
                    }
                }
                Resolved::Aggregation(nodes, alternatives.clone())
            }
            FactorKind::WeightNoise { scope, noise } => {
                noise
                    .check()
                    .map_err(|(value, reason)| UncertaintyError::Noise {
                        factor: f.name.clone(),
                        value,
                        reason,
                    })?;
                let nodes = scope_nodes(fw, scope, &depth, name, false)?;
                for &k in &nodes {
                    if let Some(first) = weight_owner[k].replace(name) {
                        return Err(overlap(first, format!("the weight of `{}`", fw.id_at(k))));
                    }
                }
                Resolved::Weights(nodes, *noise)
            }
        };
        out.push(resolved);
    }
    Ok(out)
}

/// The depth of every node (root 0).
fn depths(fw: &Framework) -> Vec<usize> {
    let n_nodes = fw.aggregates().len() + fw.indicators().len();
    let mut depth = vec![0; n_nodes];
    let mut stack = vec![fw.root_index()];
    while let Some(a) = stack.pop() {
        for &k in fw.children_of(a) {
            depth[k] = depth[a] + 1;
            if k < fw.aggregates().len() {
                stack.push(k);
            }
        }
    }
    depth
}

/// The node indices a scope selects: aggregates for an aggregation factor, non-root
/// nodes for weights.
fn scope_nodes(
    fw: &Framework,
    scope: &Scope,
    depth: &[usize],
    factor: &str,
    aggregates: bool,
) -> Result<Vec<usize>, UncertaintyError> {
    let n_agg = fw.aggregates().len();
    let n_nodes = n_agg + fw.indicators().len();
    let root = fw.root_index();
    let eligible = |k: usize| if aggregates { k < n_agg } else { k != root };
    let scope_error = |reason: String| UncertaintyError::Scope {
        factor: factor.to_owned(),
        reason,
    };
    let nodes: Vec<usize> = match scope {
        Scope::All => (0..n_nodes).filter(|&k| eligible(k)).collect(),
        Scope::Level(d) => (0..n_nodes)
            .filter(|&k| depth[k] == *d && eligible(k))
            .collect(),
        Scope::Nodes(ids) => {
            let mut nodes = Vec::with_capacity(ids.len());
            for id in ids {
                let k = fw
                    .index_of(id)
                    .ok_or_else(|| UncertaintyError::UnknownNode {
                        factor: factor.to_owned(),
                        node: id.clone(),
                    })?;
                if !eligible(k) {
                    return Err(scope_error(if aggregates {
                        format!("`{id}` is an indicator, not an aggregate")
                    } else {
                        format!("`{id}` is the root, whose weight plays no part")
                    }));
                }
                if !nodes.contains(&k) {
                    nodes.push(k);
                }
            }
            nodes
        }
    };
    if nodes.is_empty() {
        return Err(scope_error(format!(
            "the scope selects no {}",
            if aggregates {
                "aggregate"
            } else {
                "weighted node"
            }
        )));
    }
    Ok(nodes)
}
