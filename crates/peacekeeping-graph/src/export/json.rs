//! JSON node-link, networkx's `node_link_data`, read back.

use std::collections::HashSet;
use std::fmt;

use serde_json::{Map, Value};

use super::{AttrValue, Attributes, ExportEdge, ExportGraph, ExportNode};
use crate::GraphError;

impl AttrValue {
    /// The value as JSON: a string, number or boolean.
    fn json(&self) -> Value {
        match self {
            AttrValue::Text(s) => Value::from(s.as_str()),
            AttrValue::Integer(i) => Value::from(*i),
            AttrValue::Float(f) => Value::from(*f),
            AttrValue::Bool(b) => Value::from(*b),
        }
    }
}

impl ExportGraph {
    text_format! {
        /// JSON node-link, the form of networkx's `node_link_data` (networkx 3.4+ key
        /// `edges`; [`from_json_node_link_str`](Self::from_json_node_link_str) also accepts
        /// the older `links`): `{"directed", "multigraph", "graph", "nodes": [{"id", ...}],
        /// "edges": [{"source", "target", ...}]}`, on one line.
        ///
        /// ```
        /// use peacekeeping_graph::{ActorNetwork, ExportGraph};
        /// let net = ActorNetwork::new(vec!["A".parse()?, "B".parse()?], [(0, 1, 1.0)])?;
        /// let g = ExportGraph::from_actor_network(&net, None);
        /// assert_eq!(ExportGraph::from_json_node_link_str(&g.to_json_node_link())?, g);
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        to_json_node_link,
        write_json_node_link,
        write_json_node_link_file,
        Self::json_node_link
    }

    text_reader! {
        /// Reads JSON node-link held in memory (`edges` or `links`); numbers read as
        /// integers when they are written without a fraction or exponent, floats otherwise.
        ///
        /// ```
        /// use peacekeeping_graph::{AttrValue, ExportGraph};
        /// let json = r#"{"directed": false, "nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b", "weight": 2}]}"#;
        /// let g = ExportGraph::from_json_node_link_str(json)?;
        /// assert_eq!(g.edges[0].attrs, [("weight".to_owned(), AttrValue::Integer(2))]);
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        ///
        /// # Errors
        /// [`GraphError::Read`] if the text is not JSON, lacks `nodes`, a node lacks `id`, an
        /// edge lacks `source` or `target` or names an unknown node, or an attribute is not a
        /// string, number or boolean.
        from_json_node_link_str,
        read_json_node_link,
        read_json_node_link_file,
        read,
        to_json_node_link
    }

    /// Writes JSON node-link into `out`.
    fn json_node_link(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        let object = |id: (&str, &str), more: Option<(&str, &str)>, attrs: &Attributes| {
            let mut m = Map::new();
            m.insert(id.0.into(), Value::from(id.1));
            if let Some((k, v)) = more {
                m.insert(k.into(), Value::from(v));
            }
            for (k, v) in attrs {
                m.insert(k.clone(), v.json());
            }
            Value::Object(m)
        };
        let mut root = Map::new();
        root.insert("directed".into(), Value::from(self.directed));
        root.insert("multigraph".into(), Value::from(self.has_parallel_edges()));
        root.insert("graph".into(), Value::Object(Map::new()));
        root.insert(
            "nodes".into(),
            Value::Array(
                self.nodes
                    .iter()
                    .map(|n| object(("id", &n.id), None, &n.attrs))
                    .collect(),
            ),
        );
        root.insert(
            "edges".into(),
            Value::Array(
                self.edges
                    .iter()
                    .map(|e| object(("source", &e.source), Some(("target", &e.target)), &e.attrs))
                    .collect(),
            ),
        );
        // Value's Display is its compact JSON text, written piece by piece.
        writeln!(out, "{}", Value::Object(root))
    }
}

/// The format named by the reader's errors.
const JSON_NODE_LINK: &str = "JSON node-link";

/// Reads the JSON node-link `json`.
fn read(json: &str) -> Result<ExportGraph, GraphError> {
    let root: Value = serde_json::from_str(json)
        .map_err(|e| GraphError::read(JSON_NODE_LINK, e.line(), e.to_string()))?;
    let directed = root
        .get("directed")
        .and_then(Value::as_bool)
        .unwrap_or(false);
    let attr = |k: &str, v: &Value| -> Result<AttrValue, GraphError> {
        match v {
            Value::String(s) => Ok(AttrValue::Text(s.clone())),
            Value::Bool(b) => Ok(AttrValue::Bool(*b)),
            Value::Number(n) => match (n.as_i64(), n.as_f64()) {
                (Some(i), _) if !n.to_string().contains(['.', 'e', 'E']) => {
                    Ok(AttrValue::Integer(i))
                }
                (_, Some(f)) => Ok(AttrValue::Float(f)),
                _ => Err(GraphError::read(
                    JSON_NODE_LINK,
                    1,
                    format!("attribute `{k}`: number {n} out of range"),
                )),
            },
            other => Err(GraphError::read(
                JSON_NODE_LINK,
                1,
                format!("attribute `{k}`: {other} is not a string, number or boolean"),
            )),
        }
    };
    let id_text = |v: Option<&Value>, what: &str| -> Result<String, GraphError> {
        match v {
            Some(Value::String(s)) => Ok(s.clone()),
            Some(Value::Number(n)) => Ok(n.to_string()),
            _ => Err(GraphError::read(
                JSON_NODE_LINK,
                1,
                format!("missing or invalid `{what}`"),
            )),
        }
    };
    let nodes_json = root
        .get("nodes")
        .and_then(Value::as_array)
        .ok_or_else(|| GraphError::read(JSON_NODE_LINK, 1, "no `nodes` array"))?;
    let mut nodes = Vec::new();
    for n in nodes_json {
        let id = id_text(n.get("id"), "id")?;
        let mut attrs = Vec::new();
        for (k, v) in n.as_object().into_iter().flatten() {
            if k != "id" {
                attrs.push((k.clone(), attr(k, v)?));
            }
        }
        nodes.push(ExportNode { id, attrs });
    }
    let known: HashSet<&str> = nodes.iter().map(|n| n.id.as_str()).collect();
    let edges_json = root
        .get("edges")
        .or_else(|| root.get("links"))
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    let mut edges = Vec::new();
    for e in edges_json {
        let source = id_text(e.get("source"), "source")?;
        let target = id_text(e.get("target"), "target")?;
        for end in [&source, &target] {
            if !known.contains(end.as_str()) {
                return Err(GraphError::read(
                    JSON_NODE_LINK,
                    1,
                    format!("edge names unknown node `{end}`"),
                ));
            }
        }
        let mut attrs = Vec::new();
        for (k, v) in e.as_object().into_iter().flatten() {
            if k != "source" && k != "target" && k != "key" {
                attrs.push((k.clone(), attr(k, v)?));
            }
        }
        edges.push(ExportEdge {
            source,
            target,
            attrs,
        });
    }
    Ok(ExportGraph {
        directed,
        nodes,
        edges,
    })
}
