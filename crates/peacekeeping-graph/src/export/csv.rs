//! CSV node and edge lists.

use std::fmt;

use peacekeeping_core::csv_field;

use super::{Attributes, ExportGraph};

impl ExportGraph {
    text_format! {
        /// The node list as CSV: `id`, then every node attribute name in first-seen order;
        /// empty cells where a node lacks one.
        ///
        /// ```
        /// use peacekeeping_graph::{ActorNetwork, ExportGraph};
        /// let net = ActorNetwork::new(vec!["A".parse()?, "B".parse()?], [(0, 1, 1.0)])?;
        /// assert_eq!(ExportGraph::from_actor_network(&net, None).to_nodes_csv(), "id,label\nA,A\nB,B\n");
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        to_nodes_csv,
        write_nodes_csv,
        write_nodes_csv_file,
        Self::nodes_csv
    }

    text_format! {
        /// The edge list as CSV: `source,target`, then every edge attribute name in
        /// first-seen order.
        ///
        /// ```
        /// use peacekeeping_graph::{ActorNetwork, ExportGraph};
        /// let net = ActorNetwork::new(vec!["A".parse()?, "B".parse()?], [(0, 1, 1.5)])?;
        /// assert_eq!(ExportGraph::from_actor_network(&net, None).to_edges_csv(), "source,target,weight\nA,B,1.5\n");
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        to_edges_csv,
        write_edges_csv,
        write_edges_csv_file,
        Self::edges_csv
    }

    /// Writes the node list into `out`.
    fn nodes_csv(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        let (keys, _) = self.keys();
        let rows = self.nodes.iter().map(|n| (vec![n.id.as_str()], &n.attrs));
        table(out, &["id"], &keys, rows)
    }

    /// Writes the edge list into `out`.
    fn edges_csv(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        let (_, keys) = self.keys();
        let rows = self
            .edges
            .iter()
            .map(|e| (vec![e.source.as_str(), e.target.as_str()], &e.attrs));
        table(out, &["source", "target"], &keys, rows)
    }
}

/// A table: the `fixed` columns and one per attribute of `keys`, then one line per row
/// (its fixed cells and its attributes, empty where it lacks one).
fn table<'a>(
    out: &mut dyn fmt::Write,
    fixed: &[&str],
    keys: &[(String, &'static str)],
    rows: impl Iterator<Item = (Vec<&'a str>, &'a Attributes)>,
) -> fmt::Result {
    let header: Vec<String> = fixed
        .iter()
        .map(|s| (*s).to_owned())
        .chain(keys.iter().map(|k| csv_field(&k.0).into_owned()))
        .collect();
    writeln!(out, "{}", header.join(","))?;
    for (ids, attrs) in rows {
        let mut cells: Vec<String> = ids
            .into_iter()
            .map(|id| csv_field(id).into_owned())
            .collect();
        for (k, _) in keys {
            let value = attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.to_text());
            cells.push(value.map_or_else(String::new, |v| csv_field(&v).into_owned()));
        }
        writeln!(out, "{}", cells.join(","))?;
    }
    Ok(())
}
