//! GEXF 1.2, for Gephi.

use std::fmt;
use std::io;
use std::path::Path;

use super::xml::XmlWriter;
use super::{Attributes, ExportGraph};
use crate::GraphError;

impl ExportGraph {
    /// GEXF 1.2 for Gephi (the version networkx's `read_gexf` reads too): node `label`
    /// from the `label` attribute (or the id), edge `weight` on the edge element, every
    /// other attribute declared with its type.
    ///
    /// ```
    /// use peacekeeping_graph::{ActorNetwork, ExportGraph};
    /// let net = ActorNetwork::new(vec!["A".parse()?, "B".parse()?], [(0, 1, 3.0)])?;
    /// let gexf = ExportGraph::from_actor_network(&net, None).to_gexf();
    /// assert!(gexf.contains(r#"<edge id="0" source="A" target="B" weight="3"/>"#));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn to_gexf(&self) -> String {
        self.text_of(Self::gexf)
    }

    /// [`to_gexf`](Self::to_gexf), streamed into `writer` (as
    /// [`write_graphml`](Self::write_graphml)).
    ///
    /// # Errors
    /// [`GraphError::Io`] if `writer` fails.
    pub fn write_gexf(&self, writer: impl io::Write) -> Result<(), GraphError> {
        self.write_with(writer, Self::gexf)
    }

    /// [`to_gexf`](Self::to_gexf), written to the file at `path` (created or truncated).
    ///
    /// # Errors
    /// [`GraphError::Io`] naming the file if it cannot be created or written.
    pub fn write_gexf_file(&self, path: impl AsRef<Path>) -> Result<(), GraphError> {
        self.write_file_with(path.as_ref(), Self::gexf)
    }

    /// Writes GEXF into `out`.
    fn gexf(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        let (node_keys, edge_keys) = self.keys();
        let node_keys: Vec<_> = node_keys
            .into_iter()
            .filter(|(k, _)| k != "label")
            .collect();
        let edge_keys: Vec<_> = edge_keys
            .into_iter()
            .filter(|(k, _)| k != "weight")
            .collect();
        let default = if self.directed {
            "directed"
        } else {
            "undirected"
        };
        let mut x = XmlWriter::new(out)?;
        x.start(
            0,
            "gexf",
            &[
                ("xmlns", "http://www.gexf.net/1.2draft"),
                ("version", "1.2"),
            ],
        )?;
        x.start(2, "meta", &[])?;
        x.text(4, "creator", &[], "peacekeeping-graph")?;
        x.end(2, "meta")?;
        x.start(
            2,
            "graph",
            &[("mode", "static"), ("defaultedgetype", default)],
        )?;
        for (class, keys) in [("node", &node_keys), ("edge", &edge_keys)] {
            if keys.is_empty() {
                continue;
            }
            x.start(4, "attributes", &[("class", class)])?;
            for (i, (name, ty)) in keys.iter().enumerate() {
                let id = i.to_string();
                let attrs = [
                    ("id", id.as_str()),
                    ("title", name),
                    ("type", gexf_type(ty)),
                ];
                x.empty(6, "attribute", &attrs)?;
            }
            x.end(4, "attributes")?;
        }
        x.start(4, "nodes", &[])?;
        for n in &self.nodes {
            let label = n
                .attrs
                .iter()
                .find(|(k, _)| k == "label")
                .map_or_else(|| n.id.clone(), |(_, v)| v.to_text());
            let element = [("id", n.id.as_str()), ("label", &label)];
            element_with_values(&mut x, "node", &element, &node_keys, &n.attrs)?;
        }
        x.end(4, "nodes")?;
        x.start(4, "edges", &[])?;
        for (i, e) in self.edges.iter().enumerate() {
            let (id, weight) = (i.to_string(), e.weight().map(|w| w.to_string()));
            let mut element = vec![
                ("id", id.as_str()),
                ("source", &e.source),
                ("target", &e.target),
            ];
            if let Some(w) = &weight {
                element.push(("weight", w));
            }
            element_with_values(&mut x, "edge", &element, &edge_keys, &e.attrs)?;
        }
        x.end(4, "edges")?;
        x.end(2, "graph")?;
        x.end(0, "gexf")
    }
}

/// The GEXF type of a GraphML type.
fn gexf_type(graphml: &str) -> &'static str {
    match graphml {
        "long" => "long",
        "double" => "double",
        "boolean" => "boolean",
        _ => "string",
    }
}

/// A node or edge element: empty without declared attributes, else with its
/// `<attvalues>` (at the element's indentation).
fn element_with_values<W: fmt::Write + ?Sized>(
    x: &mut XmlWriter<'_, W>,
    name: &str,
    element: &[(&str, &str)],
    keys: &[(String, &str)],
    attrs: &Attributes,
) -> fmt::Result {
    let values: Vec<(String, String)> = attrs
        .iter()
        .filter_map(|(k, v)| {
            let i = keys.iter().position(|(n, _)| n == k)?;
            Some((i.to_string(), v.to_text()))
        })
        .collect();
    if values.is_empty() {
        return x.empty(6, name, element);
    }
    x.start(6, name, element)?;
    x.start(6, "attvalues", &[])?;
    for (i, value) in &values {
        x.empty(10, "attvalue", &[("for", i), ("value", value)])?;
    }
    x.end(6, "attvalues")?;
    x.end(6, name)
}
