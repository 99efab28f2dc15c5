//! GraphML: typed keys, read back.

use std::collections::{BTreeMap, HashSet};
use std::fmt;

use super::xml::Body::{Empty, Open, Text};
use super::xml::{self, XmlWriter};
use super::{AttrValue, Attributes, ExportEdge, ExportGraph, ExportNode};
use crate::GraphError;

/// The format named by the reader's errors (and the XML tokenizer's).
pub(super) const GRAPHML: &str = "GraphML";

/// The root element's namespace attributes.
const NAMESPACES: [(&str, &str); 3] = [
    ("xmlns", "http://graphml.graphdrawing.org/xmlns"),
    ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
    (
        "xsi:schemaLocation",
        "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd",
    ),
];

impl ExportGraph {
    text_format! {
        /// GraphML with typed keys (`string`, `long`, `double`, `boolean`), readable by
        /// networkx (`read_graphml`), Gephi, igraph and yEd; read back with
        /// [`from_graphml_str`](Self::from_graphml_str) or
        /// [`read_graphml`](Self::read_graphml). Edges get ids `e0`, `e1`, ...
        ///
        /// ```
        /// use peacekeeping_graph::{ActorNetwork, ExportGraph};
        /// let net = ActorNetwork::new(vec!["A".parse()?, "B".parse()?], [(0, 1, 1.0)])?;
        /// let xml = ExportGraph::from_actor_network(&net, None).to_graphml();
        /// assert!(xml.contains(r#"attr.name="weight" attr.type="double""#));
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        to_graphml,
        write_graphml,
        write_graphml_file,
        Self::graphml
    }

    text_reader! {
        /// Reads GraphML held in memory: what [`to_graphml`](Self::to_graphml) writes, and simple
        /// GraphML from other tools (one graph, `<key>`s with `attr.name` and `attr.type`,
        /// `<data>` as text). Attribute values are typed by their key; an unknown type reads
        /// as text.
        ///
        /// ```
        /// use peacekeeping_graph::ExportGraph;
        /// let xml = r#"<graphml><key id="w" for="edge" attr.name="weight" attr.type="double"/>
        /// <graph edgedefault="undirected"><node id="a"/><node id="b"/>
        /// <edge source="a" target="b"><data key="w">2.5</data></edge></graph></graphml>"#;
        /// let g = ExportGraph::from_graphml_str(xml)?;
        /// assert_eq!(g.edges[0].weight(), Some(2.5));
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        ///
        /// # Errors
        /// [`GraphError::Read`] with the line of the first malformed element, undeclared key,
        /// value that does not parse as its type, or edge naming an unknown node.
        from_graphml_str,
        read_graphml,
        read_graphml_file,
        read,
        to_graphml
    }

    /// Writes GraphML into `out`.
    fn graphml(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        let (node_keys, edge_keys) = self.keys();
        let mut x = XmlWriter::new(out)?;
        x.element(0, "graphml", &NAMESPACES, Open)?;
        for (prefix, domain, keys) in [("n", "node", &node_keys), ("e", "edge", &edge_keys)] {
            for (i, (name, ty)) in keys.iter().enumerate() {
                let id = format!("{prefix}{i}");
                let attrs = [
                    ("id", id.as_str()),
                    ("for", domain),
                    ("attr.name", name),
                    ("attr.type", ty),
                ];
                x.element(2, "key", &attrs, Empty)?;
            }
        }
        let default = if self.directed {
            "directed"
        } else {
            "undirected"
        };
        x.element(2, "graph", &[("id", "G"), ("edgedefault", default)], Open)?;
        for n in &self.nodes {
            x.element(4, "node", &[("id", &n.id)], Open)?;
            data(&mut x, "n", &node_keys, &n.attrs)?;
            x.end(4, "node")?;
        }
        for (i, e) in self.edges.iter().enumerate() {
            let id = format!("e{i}");
            x.element(
                4,
                "edge",
                &[("id", &id), ("source", &e.source), ("target", &e.target)],
                Open,
            )?;
            data(&mut x, "e", &edge_keys, &e.attrs)?;
            x.end(4, "edge")?;
        }
        x.end(2, "graph")?;
        x.end(0, "graphml")
    }
}

/// The `<data>` elements of a node or edge: its attributes declared in `keys`, whose
/// ids are `prefix` and the position.
fn data<W: fmt::Write + ?Sized>(
    x: &mut XmlWriter<'_, W>,
    prefix: &str,
    keys: &[(String, &str)],
    attrs: &Attributes,
) -> fmt::Result {
    for (k, v) in attrs {
        if let Some(i) = keys.iter().position(|(n, _)| n == k) {
            let key = format!("{prefix}{i}");
            x.element(6, "data", &[("key", &key)], Text(&v.to_text()))?;
        }
    }
    Ok(())
}

/// `text` read as the GraphML type `ty` (an unknown type reads as text).
fn typed(ty: &str, text: &str, name: &str, line: usize) -> Result<AttrValue, GraphError> {
    let bad = || GraphError::read(GRAPHML, line, format!("`{name}`: `{text}` is not a {ty}"));
    Ok(match ty {
        "int" | "long" => AttrValue::Integer(text.trim().parse().map_err(|_| bad())?),
        "float" | "double" => {
            let f: f64 = text.trim().parse().map_err(|_| bad())?;
            if !f.is_finite() {
                return Err(bad());
            }
            AttrValue::Float(f)
        }
        "boolean" => match text.trim().to_ascii_lowercase().as_str() {
            "true" | "1" => AttrValue::Bool(true),
            "false" | "0" => AttrValue::Bool(false),
            _ => return Err(bad()),
        },
        _ => AttrValue::Text(text.to_owned()),
    })
}

/// Reads the GraphML `xml`.
fn read(xml: &str) -> Result<ExportGraph, GraphError> {
    // key id -> (attribute name, type)
    let mut keys: BTreeMap<String, (String, String)> = BTreeMap::new();
    let mut graph = ExportGraph::default();
    let mut seen_graph = false;
    let mut node_ids: HashSet<String> = HashSet::new();
    // The element being filled: a node or an edge, and the <data> key open.
    let mut current: Option<(bool, usize)> = None;
    let mut data: Option<(String, String, usize)> = None;
    let tokens = xml::tokens(xml)?;
    for token in tokens {
        match token {
            xml::Token::Start {
                name,
                attrs,
                empty,
                line,
            } => match name.as_str() {
                "key" => {
                    let id = xml::get(&attrs, "id")
                        .ok_or_else(|| GraphError::read(GRAPHML, line, "<key> without id"))?;
                    let attr_name = xml::get(&attrs, "attr.name").unwrap_or(id);
                    let ty = xml::get(&attrs, "attr.type").unwrap_or("string");
                    keys.insert(id.to_owned(), (attr_name.to_owned(), ty.to_owned()));
                }
                "graph" => {
                    if seen_graph {
                        return Err(GraphError::read(
                            GRAPHML,
                            line,
                            "more than one <graph>: not supported",
                        ));
                    }
                    seen_graph = true;
                    graph.directed = xml::get(&attrs, "edgedefault") != Some("undirected");
                }
                "node" => {
                    let id = xml::get(&attrs, "id")
                        .ok_or_else(|| GraphError::read(GRAPHML, line, "<node> without id"))?;
                    node_ids.insert(id.to_owned());
                    graph.nodes.push(ExportNode {
                        id: id.to_owned(),
                        attrs: Vec::new(),
                    });
                    current = (!empty).then_some((true, graph.nodes.len() - 1));
                }
                "edge" => {
                    let ends = (xml::get(&attrs, "source"), xml::get(&attrs, "target"));
                    let (Some(source), Some(target)) = ends else {
                        return Err(GraphError::read(
                            GRAPHML,
                            line,
                            "<edge> without source or target",
                        ));
                    };
                    for end in [source, target] {
                        if !node_ids.contains(end) {
                            return Err(GraphError::read(
                                GRAPHML,
                                line,
                                format!("edge names unknown node `{end}`"),
                            ));
                        }
                    }
                    graph.edges.push(ExportEdge {
                        source: source.to_owned(),
                        target: target.to_owned(),
                        attrs: Vec::new(),
                    });
                    current = (!empty).then_some((false, graph.edges.len() - 1));
                }
                "data" => {
                    let key = xml::get(&attrs, "key")
                        .ok_or_else(|| GraphError::read(GRAPHML, line, "<data> without key"))?;
                    if empty {
                        data = None;
                        store(&mut graph, current, &keys, key, "", line)?;
                    } else {
                        data = Some((key.to_owned(), String::new(), line));
                    }
                }
                _ => {}
            },
            xml::Token::Text(t) => {
                if let Some((_, text, _)) = &mut data {
                    text.push_str(&t);
                }
            }
            xml::Token::End { name } => match name.as_str() {
                "data" => {
                    if let Some((key, text, line)) = data.take() {
                        store(&mut graph, current, &keys, &key, &text, line)?;
                    }
                }
                "node" | "edge" => current = None,
                _ => {}
            },
        }
    }
    if !seen_graph {
        return Err(GraphError::read(GRAPHML, 1, "no <graph> element"));
    }
    Ok(graph)
}

/// Stores the `<data>` of `key` on the node or edge being read (`current`: a node
/// when `true`, with its position).
fn store(
    graph: &mut ExportGraph,
    current: Option<(bool, usize)>,
    keys: &BTreeMap<String, (String, String)>,
    key: &str,
    text: &str,
    line: usize,
) -> Result<(), GraphError> {
    let (name, ty) = keys.get(key).ok_or_else(|| {
        GraphError::read(GRAPHML, line, format!("<data> with undeclared key `{key}`"))
    })?;
    let value = typed(ty, text, name, line)?;
    match current {
        Some((true, i)) => graph.nodes[i].attrs.push((name.clone(), value)),
        Some((false, i)) => graph.edges[i].attrs.push((name.clone(), value)),
        // Graph-level data: not kept.
        None => {}
    }
    Ok(())
}
