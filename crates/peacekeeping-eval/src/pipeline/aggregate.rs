//! Aggregation up the framework tree.

use super::{MissingChildren, PipelineError};
use crate::framework::{Framework, NodeRef};

/// Scores every aggregate from the normalized indicator columns. `values` holds one column
/// per node (aggregates first, then indicators, as [`Framework::node_ids`]); the indicator
/// columns are filled, the aggregate columns are written here.
pub(crate) fn aggregate(
    framework: &Framework,
    values: &mut [Vec<Option<f64>>],
    units: &[String],
    missing: MissingChildren,
) -> Result<(), PipelineError> {
    let n_units = units.len();
    let mut xs = Vec::new();
    let mut ws = Vec::new();
    for &a in framework.bottom_up() {
        let NodeRef::Aggregate(node) = framework.node_at(a) else {
            continue;
        };
        let kids = framework.children_of(a);
        let total: f64 = kids.iter().map(|&k| framework.node_at(k).weight()).sum();
        let mut column = vec![None; n_units];
        for (u, slot) in column.iter_mut().enumerate() {
            xs.clear();
            ws.clear();
            let mut present_weight = 0.0;
            let mut absent = false;
            for &k in kids {
                let w = framework.node_at(k).weight();
                match values[k][u] {
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
            *slot = Some(node.method.combine(&xs, &ws).map_err(|source| {
                PipelineError::Aggregation {
                    node: node.id.clone(),
                    unit: units[u].clone(),
                    source,
                }
            })?);
        }
        values[a] = column;
    }
    Ok(())
}
