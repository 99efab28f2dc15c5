//! GEXF 1.2, for Gephi.

use std::fmt;

use super::xml::Body::{Empty, Open, Text};
use super::xml::XmlWriter;
use super::{Attributes, ExportGraph};

impl ExportGraph {
    text_format! {
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
        to_gexf,
        write_gexf,
        write_gexf_file,
        Self::gexf
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
        x.element(
            0,
            "gexf",
            &[
                ("xmlns", "http://www.gexf.net/1.2draft"),
                ("version", "1.2"),
            ],
            Open,
        )?;
        x.element(2, "meta", &[], Open)?;
        x.element(4, "creator", &[], Text("peacekeeping-graph"))?;
        x.end(2, "meta")?;
        x.element(
            2,
            "graph",
            &[("mode", "static"), ("defaultedgetype", default)],
            Open,
        )?;
        for (class, keys) in [("node", &node_keys), ("edge", &edge_keys)] {
            if keys.is_empty() {
                continue;
            }
            x.element(4, "attributes", &[("class", class)], Open)?;
            for (i, (name, ty)) in keys.iter().enumerate() {
                let id = i.to_string();
                let attrs = [
                    ("id", id.as_str()),
                    ("title", name),
                    ("type", gexf_type(ty)),
                ];
                x.element(6, "attribute", &attrs, Empty)?;
            }
            x.end(4, "attributes")?;
        }
        x.element(4, "nodes", &[], Open)?;
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
        x.element(4, "edges", &[], Open)?;
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
        return x.element(6, name, element, Empty);
    }
    x.element(6, name, element, Open)?;
    x.element(6, "attvalues", &[], Open)?;
    for (i, value) in &values {
        x.element(10, "attvalue", &[("for", i), ("value", value)], Empty)?;
    }
    x.end(6, "attvalues")?;
    x.end(6, name)
}
