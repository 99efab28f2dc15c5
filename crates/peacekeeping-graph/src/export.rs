//! Exports of a [`PartnershipGraph`] or an [`ActorNetwork`] to DOT (Graphviz), GraphML,
//! GEXF (Gephi), JSON node-link (networkx) and CSV node and edge lists, with typed
//! attributes; GraphML and JSON node-link are read back.
//!
//! Every export goes through [`ExportGraph`], a plain list of nodes and edges with named
//! attributes. Build one with [`ExportGraph::from_partnership_graph`] or
//! [`ExportGraph::from_actor_network`] (or by hand), then write it in any format.
//!
//! **Attributes.** Nodes of a partnership graph: `type` (`actor`, `mission`), `label`
//! (the id), `name`, `kind` (the actor or mission kind's code), `region` and `country`
//! (actors, when recorded), `start` and `end` (missions). Node ids are `actor:<id>` and
//! `mission:<id>`, so that an actor and a mission never share one. Edges: `kind`
//! (`membership`, `partnership`, `contribution`, `joint-exercise`), `weight` (personnel
//! for a contribution, else 1), and by kind `status`, `partnership`,
//! `partnership_kind`, `training`, `training_kind`, `start`, `end`, `reported` and one
//! integer per personnel category (`troops`, `staff-officers`, ...). Nodes of an actor
//! network have the actor id as node id, `label`, and `name`, `kind`, `region` when the
//! dataset knows the actor; edges carry `weight`. Dates are ISO 8601 text.
//!
//! ```
//! use peacekeeping_graph::{ActorNetwork, ExportGraph};
//!
//! let net = ActorNetwork::new(vec!["BGD".parse()?, "NPL".parse()?], [(0, 1, 2.5)])?;
//! let graph = ExportGraph::from_actor_network(&net, None);
//! let xml = graph.to_graphml();
//! assert_eq!(ExportGraph::read_graphml(&xml)?, graph);
//! assert!(graph.to_dot().contains("\"BGD\" -- \"NPL\" [weight=2.5]"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::BTreeMap;
use std::fmt::Write as _;

use peacekeeping_core::{Dataset, Period, PersonnelCategory};

use crate::{ActorNetwork, GraphError, Node, PartnershipGraph, Relation};

/// A typed attribute value.
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let net = co_deployment(&data, Period::day(date), CoDeploymentWeight::SharedPersonnel)?;
/// let x = ExportGraph::from_actor_network(&net, Some(&data));
/// assert_eq!(x.edges[0].attrs, [("weight".to_owned(), AttrValue::Float(300.0))]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum AttrValue {
    /// Text (GraphML `string`).
    Text(String),
    /// An integer (GraphML `long`).
    Integer(i64),
    /// A finite number (GraphML `double`).
    Float(f64),
    /// A boolean (GraphML `boolean`).
    Bool(bool),
}

impl AttrValue {
    fn graphml_type(&self) -> &'static str {
        match self {
            AttrValue::Text(_) => "string",
            AttrValue::Integer(_) => "long",
            AttrValue::Float(_) => "double",
            AttrValue::Bool(_) => "boolean",
        }
    }

    /// The value as text, as written in every format (numbers in Rust's shortest
    /// round-trip form).
    ///
    /// ```
    /// use peacekeeping_graph::AttrValue;
    /// assert_eq!(AttrValue::Float(0.1).to_text(), "0.1");
    /// assert_eq!(AttrValue::Bool(true).to_text(), "true");
    /// ```
    #[must_use]
    pub fn to_text(&self) -> String {
        match self {
            AttrValue::Text(s) => s.clone(),
            AttrValue::Integer(i) => i.to_string(),
            AttrValue::Float(f) => f.to_string(),
            AttrValue::Bool(b) => b.to_string(),
        }
    }

    fn json(&self) -> serde_json::Value {
        match self {
            AttrValue::Text(s) => serde_json::Value::from(s.as_str()),
            AttrValue::Integer(i) => serde_json::Value::from(*i),
            AttrValue::Float(f) => serde_json::Value::from(*f),
            AttrValue::Bool(b) => serde_json::Value::from(*b),
        }
    }
}

/// Named attributes, in insertion order.
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let net = co_deployment(&data, Period::day(date), CoDeploymentWeight::SharedPersonnel)?;
/// let x = ExportGraph::from_actor_network(&net, Some(&data));
/// let attrs: &Attributes = &x.nodes[0].attrs;
/// assert!(attrs.contains(&("region".to_owned(), AttrValue::Text("africa".into()))));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub type Attributes = Vec<(String, AttrValue)>;

/// Attribute names with their GraphML type.
type KeyList = Vec<(String, &'static str)>;

/// A node to export.
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let net = co_deployment(&data, Period::day(date), CoDeploymentWeight::SharedPersonnel)?;
/// let x = ExportGraph::from_actor_network(&net, Some(&data));
/// assert_eq!(x.nodes[0].id, "GHA");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ExportNode {
    /// Its id, unique in the graph.
    pub id: String,
    /// Its attributes.
    pub attrs: Attributes,
}

/// An edge to export.
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let net = co_deployment(&data, Period::day(date), CoDeploymentWeight::SharedPersonnel)?;
/// let x = ExportGraph::from_actor_network(&net, Some(&data));
/// assert_eq!((x.edges[0].source.as_str(), x.edges[0].target.as_str()), ("GHA", "NGA"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ExportEdge {
    /// The source node's id.
    pub source: String,
    /// The target node's id.
    pub target: String,
    /// Its attributes (`weight` among them, when weighted).
    pub attrs: Attributes,
}

impl ExportEdge {
    /// The `weight` attribute as a number, if there is one.
    ///
    /// ```
    /// use peacekeeping_graph::{AttrValue, ExportEdge};
    /// let e = ExportEdge { source: "a".into(), target: "b".into(), attrs: vec![("weight".into(), AttrValue::Float(2.0))] };
    /// assert_eq!(e.weight(), Some(2.0));
    /// ```
    #[must_use]
    pub fn weight(&self) -> Option<f64> {
        self.attrs.iter().find_map(|(k, v)| match (k.as_str(), v) {
            ("weight", AttrValue::Float(f)) => Some(*f),
            // Integers are far below 2^53 in our graphs.
            ("weight", AttrValue::Integer(i)) => Some(*i as f64),
            _ => None,
        })
    }
}

/// A graph ready to be written: nodes and edges with typed attributes (see the
/// [module docs](self) for the attributes of our graphs).
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let g = PartnershipGraph::as_of(&data, date);
/// let x = ExportGraph::from_partnership_graph(&g, Some(&data));
/// assert!(x.directed);
/// assert_eq!((x.nodes.len(), x.edges.len()), (4, 4));
/// assert!(x.to_gexf().contains("mission:UNMIL"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ExportGraph {
    /// Whether edges have a direction.
    pub directed: bool,
    /// The nodes.
    pub nodes: Vec<ExportNode>,
    /// The edges.
    pub edges: Vec<ExportEdge>,
}

fn text(s: impl Into<String>) -> AttrValue {
    AttrValue::Text(s.into())
}

fn period_attrs(attrs: &mut Attributes, period: Period) {
    attrs.push(("start".into(), text(period.start().to_string())));
    if let Some(end) = period.end() {
        attrs.push(("end".into(), text(end.to_string())));
    }
}

impl ExportGraph {
    /// The partnership graph, directed (symmetric relations are written once, from the
    /// party listed first); node attributes come from `data` when given.
    ///
    /// ```
    /// use peacekeeping_core::{Dataset, Date};
    /// use peacekeeping_graph::{ExportGraph, PartnershipGraph};
    /// let data = Dataset::builder().build()?;
    /// let g = ExportGraph::from_partnership_graph(&PartnershipGraph::as_of(&data, Date::new(2013, 12, 31)?), Some(&data));
    /// assert!(g.directed && g.nodes.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn from_partnership_graph(graph: &PartnershipGraph, data: Option<&Dataset>) -> Self {
        let nodes = graph
            .nodes()
            .map(|n| {
                let mut attrs = vec![
                    ("type".into(), text(n.type_code())),
                    ("label".into(), text(n.id())),
                ];
                match n {
                    Node::Actor(a) => actor_attrs(&mut attrs, data, a.as_str()),
                    Node::Mission(m) => {
                        if let Some(m) = data.and_then(|d| d.mission(m)) {
                            attrs.push(("name".into(), text(m.name.clone())));
                            attrs.push(("kind".into(), text(m.kind.code())));
                            period_attrs(&mut attrs, m.period);
                        }
                    }
                }
                ExportNode { id: n.key(), attrs }
            })
            .collect();
        let edges = graph
            .edges()
            .map(|e| {
                let r = e.relation;
                let mut attrs = vec![
                    ("kind".into(), text(r.kind().code())),
                    ("weight".into(), AttrValue::Float(r.weight())),
                ];
                match r {
                    Relation::Membership { status, period } => {
                        attrs.push(("status".into(), text(status.code())));
                        period_attrs(&mut attrs, *period);
                    }
                    Relation::Partnership { id, kind, period } => {
                        attrs.push(("partnership".into(), text(id.as_str())));
                        attrs.push(("partnership_kind".into(), text(kind.code())));
                        period_attrs(&mut attrs, *period);
                    }
                    Relation::Contribution {
                        personnel,
                        reported,
                    } => {
                        attrs.push(("reported".into(), text(reported.to_string())));
                        for &c in PersonnelCategory::ALL {
                            let n = i64::try_from(personnel.get(c).total()).unwrap_or(i64::MAX);
                            attrs.push((c.code().into(), AttrValue::Integer(n)));
                        }
                    }
                    Relation::JointExercise { id, kind, period } => {
                        attrs.push(("training".into(), text(id.as_str())));
                        attrs.push(("training_kind".into(), text(kind.code())));
                        period_attrs(&mut attrs, *period);
                    }
                }
                ExportEdge {
                    source: e.source.key(),
                    target: e.target.key(),
                    attrs,
                }
            })
            .collect();
        ExportGraph {
            directed: true,
            nodes,
            edges,
        }
    }

    /// An actor network, undirected, each edge with its `weight`; node attributes come
    /// from `data` when given.
    ///
    /// ```
    /// use peacekeeping_graph::{ActorNetwork, ExportGraph};
    /// let net = ActorNetwork::new(vec!["BGD".parse()?, "NPL".parse()?], [(0, 1, 1.0)])?;
    /// assert_eq!(ExportGraph::from_actor_network(&net, None).edges.len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn from_actor_network(network: &ActorNetwork, data: Option<&Dataset>) -> Self {
        let nodes = network
            .actors()
            .iter()
            .map(|a| {
                let mut attrs = vec![("label".into(), text(a.as_str()))];
                actor_attrs(&mut attrs, data, a.as_str());
                ExportNode {
                    id: a.to_string(),
                    attrs,
                }
            })
            .collect();
        let edges = network
            .edges()
            .map(|(a, b, w)| ExportEdge {
                source: a.to_string(),
                target: b.to_string(),
                attrs: vec![("weight".into(), AttrValue::Float(w))],
            })
            .collect();
        ExportGraph {
            directed: false,
            nodes,
            edges,
        }
    }

    /// Whether two edges join the same pair of nodes (either way when undirected).
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let net = co_deployment(&data, Period::day(date), CoDeploymentWeight::SharedPersonnel)?;
    /// let x = ExportGraph::from_actor_network(&net, Some(&data));
    /// assert!(!x.has_parallel_edges());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn has_parallel_edges(&self) -> bool {
        let mut seen = std::collections::HashSet::new();
        self.edges.iter().any(|e| {
            let (a, b) = (e.source.as_str(), e.target.as_str());
            let key = if self.directed || a <= b {
                (a, b)
            } else {
                (b, a)
            };
            !seen.insert(key)
        })
    }

    /// Attribute names and types, nodes then edges, in first-seen order. A name used with
    /// two types is declared with the first (values are written as text either way).
    fn keys(&self) -> (KeyList, KeyList) {
        fn collect<'a>(lists: impl Iterator<Item = &'a Attributes>) -> KeyList {
            let mut out: KeyList = Vec::new();
            for attrs in lists {
                for (k, v) in attrs {
                    if !out.iter().any(|(n, _)| n == k) {
                        out.push((k.clone(), v.graphml_type()));
                    }
                }
            }
            out
        }
        (
            collect(self.nodes.iter().map(|n| &n.attrs)),
            collect(self.edges.iter().map(|e| &e.attrs)),
        )
    }

    /// DOT for Graphviz: `graph` or `digraph`, every attribute on its node or edge.
    ///
    /// ```
    /// use peacekeeping_graph::{ActorNetwork, ExportGraph};
    /// let net = ActorNetwork::new(vec!["A".parse()?, "B".parse()?], [(0, 1, 1.0)])?;
    /// assert!(ExportGraph::from_actor_network(&net, None).to_dot().starts_with("graph {"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn to_dot(&self) -> String {
        let (head, arrow) = if self.directed {
            ("digraph", "->")
        } else {
            ("graph", "--")
        };
        let mut out = format!("{head} {{\n");
        let attrs = |attrs: &Attributes| -> String {
            let parts: Vec<String> = attrs
                .iter()
                .map(|(k, v)| match v {
                    AttrValue::Text(s) => format!("{}={}", dot_id(k), dot_quote(s)),
                    other => format!("{}={}", dot_id(k), other.to_text()),
                })
                .collect();
            if parts.is_empty() {
                String::new()
            } else {
                format!(" [{}]", parts.join(", "))
            }
        };
        for n in &self.nodes {
            let _ = writeln!(out, "  {}{};", dot_quote(&n.id), attrs(&n.attrs));
        }
        for e in &self.edges {
            let _ = writeln!(
                out,
                "  {} {arrow} {}{};",
                dot_quote(&e.source),
                dot_quote(&e.target),
                attrs(&e.attrs)
            );
        }
        out.push_str("}\n");
        out
    }

    /// GraphML with typed keys (`string`, `long`, `double`, `boolean`), readable by
    /// networkx (`read_graphml`), Gephi, igraph and yEd; read back with
    /// [`read_graphml`](Self::read_graphml). Edges get ids `e0`, `e1`, ...
    ///
    /// ```
    /// use peacekeeping_graph::{ActorNetwork, ExportGraph};
    /// let net = ActorNetwork::new(vec!["A".parse()?, "B".parse()?], [(0, 1, 1.0)])?;
    /// let xml = ExportGraph::from_actor_network(&net, None).to_graphml();
    /// assert!(xml.contains(r#"attr.name="weight" attr.type="double""#));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn to_graphml(&self) -> String {
        let (node_keys, edge_keys) = self.keys();
        let mut out = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
        );
        for (prefix, domain, keys) in [("n", "node", &node_keys), ("e", "edge", &edge_keys)] {
            for (i, (name, ty)) in keys.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "  <key id=\"{prefix}{i}\" for=\"{domain}\" attr.name=\"{}\" attr.type=\"{ty}\"/>",
                    xml_escape(name)
                );
            }
        }
        let default = if self.directed {
            "directed"
        } else {
            "undirected"
        };
        let _ = writeln!(out, "  <graph id=\"G\" edgedefault=\"{default}\">");
        let data = |out: &mut String, prefix: &str, keys: &[(String, &str)], attrs: &Attributes| {
            for (k, v) in attrs {
                if let Some(i) = keys.iter().position(|(n, _)| n == k) {
                    let _ = writeln!(
                        out,
                        "      <data key=\"{prefix}{i}\">{}</data>",
                        xml_escape(&v.to_text())
                    );
                }
            }
        };
        for n in &self.nodes {
            let _ = writeln!(out, "    <node id=\"{}\">", xml_escape(&n.id));
            data(&mut out, "n", &node_keys, &n.attrs);
            out.push_str("    </node>\n");
        }
        for (i, e) in self.edges.iter().enumerate() {
            let _ = writeln!(
                out,
                "    <edge id=\"e{i}\" source=\"{}\" target=\"{}\">",
                xml_escape(&e.source),
                xml_escape(&e.target)
            );
            data(&mut out, "e", &edge_keys, &e.attrs);
            out.push_str("    </edge>\n");
        }
        out.push_str("  </graph>\n</graphml>\n");
        out
    }

    /// GEXF 1.2 for Gephi (the version networkx's `read_gexf` reads too): node `label` from the `label` attribute (or the id), edge
    /// `weight` on the edge element, every other attribute declared with its type.
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
        let (node_keys, edge_keys) = self.keys();
        let gexf_type = |t: &str| match t {
            "long" => "long",
            "double" => "double",
            "boolean" => "boolean",
            _ => "string",
        };
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
        let mut out = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n  <meta>\n    <creator>peacekeeping-graph</creator>\n  </meta>\n",
        );
        let _ = writeln!(
            out,
            "  <graph mode=\"static\" defaultedgetype=\"{default}\">"
        );
        for (class, keys) in [("node", &node_keys), ("edge", &edge_keys)] {
            if keys.is_empty() {
                continue;
            }
            let _ = writeln!(out, "    <attributes class=\"{class}\">");
            for (i, (name, ty)) in keys.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "      <attribute id=\"{i}\" title=\"{}\" type=\"{}\"/>",
                    xml_escape(name),
                    gexf_type(ty)
                );
            }
            out.push_str("    </attributes>\n");
        }
        let attvalues = |out: &mut String, keys: &[(String, &str)], attrs: &Attributes| -> bool {
            let values: Vec<String> = attrs
                .iter()
                .filter_map(|(k, v)| {
                    let i = keys.iter().position(|(n, _)| n == k)?;
                    Some(format!(
                        "        <attvalue for=\"{i}\" value=\"{}\"/>\n",
                        xml_escape(&v.to_text())
                    ))
                })
                .collect();
            if values.is_empty() {
                return false;
            }
            out.push_str(">\n      <attvalues>\n");
            for v in values {
                out.push_str("  ");
                out.push_str(&v);
            }
            out.push_str("      </attvalues>\n");
            true
        };
        out.push_str("    <nodes>\n");
        for n in &self.nodes {
            let label = n
                .attrs
                .iter()
                .find(|(k, _)| k == "label")
                .map_or_else(|| n.id.clone(), |(_, v)| v.to_text());
            let _ = write!(
                out,
                "      <node id=\"{}\" label=\"{}\"",
                xml_escape(&n.id),
                xml_escape(&label)
            );
            if attvalues(&mut out, &node_keys, &n.attrs) {
                out.push_str("      </node>\n");
            } else {
                out.push_str("/>\n");
            }
        }
        out.push_str("    </nodes>\n    <edges>\n");
        for (i, e) in self.edges.iter().enumerate() {
            let _ = write!(
                out,
                "      <edge id=\"{i}\" source=\"{}\" target=\"{}\"",
                xml_escape(&e.source),
                xml_escape(&e.target)
            );
            if let Some(w) = e.weight() {
                let _ = write!(out, " weight=\"{w}\"");
            }
            if attvalues(&mut out, &edge_keys, &e.attrs) {
                out.push_str("      </edge>\n");
            } else {
                out.push_str("/>\n");
            }
        }
        out.push_str("    </edges>\n  </graph>\n</gexf>\n");
        out
    }

    /// JSON node-link, the form of networkx's `node_link_data` (networkx 3.4+ key
    /// `edges`; [`read_json_node_link`](Self::read_json_node_link) also accepts the older
    /// `links`): `{"directed", "multigraph", "graph", "nodes": [{"id", ...}], "edges":
    /// [{"source", "target", ...}]}`.
    ///
    /// ```
    /// use peacekeeping_graph::{ActorNetwork, ExportGraph};
    /// let net = ActorNetwork::new(vec!["A".parse()?, "B".parse()?], [(0, 1, 1.0)])?;
    /// let g = ExportGraph::from_actor_network(&net, None);
    /// assert_eq!(ExportGraph::read_json_node_link(&g.to_json_node_link())?, g);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn to_json_node_link(&self) -> String {
        use serde_json::{Map, Value};
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
        let mut text = Value::Object(root).to_string();
        text.push('\n');
        text
    }

    /// The node list as CSV: `id`, then every node attribute name in first-seen order;
    /// empty cells where a node lacks one.
    ///
    /// ```
    /// use peacekeeping_graph::{ActorNetwork, ExportGraph};
    /// let net = ActorNetwork::new(vec!["A".parse()?, "B".parse()?], [(0, 1, 1.0)])?;
    /// assert_eq!(ExportGraph::from_actor_network(&net, None).nodes_csv(), "id,label\nA,A\nB,B\n");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn nodes_csv(&self) -> String {
        let (keys, _) = self.keys();
        let rows = self.nodes.iter().map(|n| (vec![n.id.as_str()], &n.attrs));
        csv_table(&["id"], &keys, rows)
    }

    /// The edge list as CSV: `source,target`, then every edge attribute name in
    /// first-seen order.
    ///
    /// ```
    /// use peacekeeping_graph::{ActorNetwork, ExportGraph};
    /// let net = ActorNetwork::new(vec!["A".parse()?, "B".parse()?], [(0, 1, 1.5)])?;
    /// assert_eq!(ExportGraph::from_actor_network(&net, None).edges_csv(), "source,target,weight\nA,B,1.5\n");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn edges_csv(&self) -> String {
        let (_, keys) = self.keys();
        let rows = self
            .edges
            .iter()
            .map(|e| (vec![e.source.as_str(), e.target.as_str()], &e.attrs));
        csv_table(&["source", "target"], &keys, rows)
    }

    /// Reads GraphML back: what [`to_graphml`](Self::to_graphml) writes, and simple
    /// GraphML from other tools (one graph, `<key>`s with `attr.name` and `attr.type`,
    /// `<data>` as text). Attribute values are typed by their key; an unknown type reads
    /// as text.
    ///
    /// ```
    /// use peacekeeping_graph::ExportGraph;
    /// let xml = r#"<graphml><key id="w" for="edge" attr.name="weight" attr.type="double"/>
    /// <graph edgedefault="undirected"><node id="a"/><node id="b"/>
    /// <edge source="a" target="b"><data key="w">2.5</data></edge></graph></graphml>"#;
    /// let g = ExportGraph::read_graphml(xml)?;
    /// assert_eq!(g.edges[0].weight(), Some(2.5));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`GraphError::Read`] with the line of the first malformed element, undeclared key,
    /// value that does not parse as its type, or edge naming an unknown node.
    pub fn read_graphml(xml: &str) -> Result<Self, GraphError> {
        graphml::read(xml)
    }

    /// Reads JSON node-link back (`edges` or `links`); numbers read as integers when they
    /// are written without a fraction or exponent, floats otherwise.
    ///
    /// ```
    /// use peacekeeping_graph::{AttrValue, ExportGraph};
    /// let json = r#"{"directed": false, "nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b", "weight": 2}]}"#;
    /// let g = ExportGraph::read_json_node_link(json)?;
    /// assert_eq!(g.edges[0].attrs, [("weight".to_owned(), AttrValue::Integer(2))]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`GraphError::Read`] if the text is not JSON, lacks `nodes`, a node lacks `id`, an
    /// edge lacks `source` or `target` or names an unknown node, or an attribute is not a
    /// string, number or boolean.
    pub fn read_json_node_link(json: &str) -> Result<Self, GraphError> {
        use serde_json::Value;
        let fail = |line: usize, message: String| GraphError::Read {
            format: "JSON node-link",
            line,
            message,
        };
        let root: Value = serde_json::from_str(json).map_err(|e| fail(e.line(), e.to_string()))?;
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
                    _ => Err(fail(1, format!("attribute `{k}`: number {n} out of range"))),
                },
                other => Err(fail(
                    1,
                    format!("attribute `{k}`: {other} is not a string, number or boolean"),
                )),
            }
        };
        let id_text = |v: Option<&Value>, what: &str| -> Result<String, GraphError> {
            match v {
                Some(Value::String(s)) => Ok(s.clone()),
                Some(Value::Number(n)) => Ok(n.to_string()),
                _ => Err(fail(1, format!("missing or invalid `{what}`"))),
            }
        };
        let nodes_json = root
            .get("nodes")
            .and_then(Value::as_array)
            .ok_or_else(|| fail(1, "no `nodes` array".into()))?;
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
        let known: std::collections::HashSet<&str> = nodes.iter().map(|n| n.id.as_str()).collect();
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
                    return Err(fail(1, format!("edge names unknown node `{end}`")));
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
}

fn actor_attrs(attrs: &mut Attributes, data: Option<&Dataset>, id: &str) {
    if let Some(a) = data.and_then(|d| d.actor(id)) {
        attrs.push(("name".into(), text(a.name.clone())));
        attrs.push(("kind".into(), text(a.kind.code())));
        if let Some(r) = a.region {
            attrs.push(("region".into(), text(r.code())));
        }
        if let Some(c) = a.country {
            attrs.push(("country".into(), text(c.as_str())));
        }
    }
}

fn csv_table<'a>(
    fixed: &[&str],
    keys: &[(String, &'static str)],
    rows: impl Iterator<Item = (Vec<&'a str>, &'a Attributes)>,
) -> String {
    let header: Vec<String> = fixed
        .iter()
        .map(|s| (*s).to_owned())
        .chain(keys.iter().map(|k| csv_field(&k.0)))
        .collect();
    let mut out = header.join(",");
    out.push('\n');
    for (ids, attrs) in rows {
        let mut cells: Vec<String> = ids.into_iter().map(csv_field).collect();
        for (k, _) in keys {
            let value = attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.to_text());
            cells.push(value.map_or_else(String::new, |v| csv_field(&v)));
        }
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// A CSV cell, quoted (RFC 4180) when it holds a comma, a quote or a line break.
pub(crate) fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

fn dot_quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn dot_id(s: &str) -> String {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        s.to_owned()
    } else {
        dot_quote(s)
    }
}

fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c => out.push(c),
        }
    }
    out
}

/// A small reader for the GraphML subset we write (and most tools write).
mod graphml {
    use super::{AttrValue, BTreeMap, ExportEdge, ExportGraph, ExportNode, GraphError};

    /// A start tag, end tag or text, with its line.
    enum Token {
        Start {
            name: String,
            attrs: Vec<(String, String)>,
            empty: bool,
            line: usize,
        },
        End {
            name: String,
        },
        Text(String),
    }

    fn fail(line: usize, message: impl Into<String>) -> GraphError {
        GraphError::Read {
            format: "GraphML",
            line,
            message: message.into(),
        }
    }

    fn unescape(s: &str, line: usize) -> Result<String, GraphError> {
        let mut out = String::with_capacity(s.len());
        let mut rest = s;
        while let Some(at) = rest.find('&') {
            out.push_str(&rest[..at]);
            let after = &rest[at..];
            let end = after
                .find(';')
                .ok_or_else(|| fail(line, "unterminated character reference"))?;
            let entity = &after[1..end];
            let c = match entity {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                _ => {
                    let code = if let Some(hex) = entity.strip_prefix("#x") {
                        u32::from_str_radix(hex, 16).ok()
                    } else if let Some(dec) = entity.strip_prefix('#') {
                        dec.parse().ok()
                    } else {
                        None
                    };
                    code.and_then(char::from_u32)
                        .ok_or_else(|| fail(line, format!("unknown entity `&{entity};`")))?
                }
            };
            out.push(c);
            rest = &after[end + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }

    fn local(name: &str) -> &str {
        name.rsplit(':').next().unwrap_or(name)
    }

    fn tokens(xml: &str) -> Result<Vec<Token>, GraphError> {
        let mut out = Vec::new();
        let mut pos = 0;
        // Lines are counted incrementally: positions only move forward.
        let mut counted = (0, 1);
        let mut line_at = |pos: usize| {
            let (from, line) = counted;
            let line = line + xml[from..pos].matches('\n').count();
            counted = (pos, line);
            line
        };
        while pos < xml.len() {
            let rest = &xml[pos..];
            let Some(lt) = rest.find('<') else {
                out.push(Token::Text(unescape(rest, line_at(pos))?));
                break;
            };
            if lt > 0 {
                out.push(Token::Text(unescape(&rest[..lt], line_at(pos))?));
            }
            let tag_start = pos + lt;
            let tag = &xml[tag_start..];
            let line = line_at(tag_start);
            let skip_to = |marker: &str| {
                tag.find(marker)
                    .map(|i| tag_start + i + marker.len())
                    .ok_or_else(|| fail(line, format!("unterminated markup, expected `{marker}`")))
            };
            if tag.starts_with("<?") {
                pos = skip_to("?>")?;
            } else if tag.starts_with("<!--") {
                pos = skip_to("-->")?;
            } else if tag.starts_with("<![CDATA[") {
                let end = skip_to("]]>")?;
                out.push(Token::Text(xml[tag_start + 9..end - 3].to_owned()));
                pos = end;
            } else if tag.starts_with("<!") {
                pos = skip_to(">")?;
            } else {
                let end = skip_to(">")?;
                let inner = &xml[tag_start + 1..end - 1];
                if let Some(name) = inner.strip_prefix('/') {
                    out.push(Token::End {
                        name: local(name.trim()).to_owned(),
                    });
                } else {
                    let (inner, empty) = match inner.strip_suffix('/') {
                        Some(i) => (i, true),
                        None => (inner, false),
                    };
                    let name_end = inner
                        .find(|c: char| c.is_whitespace())
                        .unwrap_or(inner.len());
                    let name = local(&inner[..name_end]).to_owned();
                    let attrs = attributes(&inner[name_end..], line)?;
                    out.push(Token::Start {
                        name,
                        attrs,
                        empty,
                        line,
                    });
                }
                pos = end;
            }
        }
        Ok(out)
    }

    fn attributes(mut s: &str, line: usize) -> Result<Vec<(String, String)>, GraphError> {
        let mut out = Vec::new();
        loop {
            s = s.trim_start();
            if s.is_empty() {
                return Ok(out);
            }
            let eq = s
                .find('=')
                .ok_or_else(|| fail(line, format!("attribute without value: `{s}`")))?;
            let name = s[..eq].trim().to_owned();
            let rest = s[eq + 1..].trim_start();
            let quote = rest
                .chars()
                .next()
                .filter(|&c| c == '"' || c == '\'')
                .ok_or_else(|| fail(line, format!("attribute `{name}`: value not quoted")))?;
            let close = rest[1..]
                .find(quote)
                .ok_or_else(|| fail(line, format!("attribute `{name}`: unterminated value")))?;
            out.push((name, unescape(&rest[1..=close], line)?));
            s = &rest[close + 2..];
        }
    }

    fn get<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
        attrs
            .iter()
            .find(|(n, _)| local(n) == name)
            .map(|(_, v)| v.as_str())
    }

    fn typed(ty: &str, text: &str, name: &str, line: usize) -> Result<AttrValue, GraphError> {
        let bad = || fail(line, format!("`{name}`: `{text}` is not a {ty}"));
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

    pub(super) fn read(xml: &str) -> Result<ExportGraph, GraphError> {
        // key id -> (attribute name, type)
        let mut keys: BTreeMap<String, (String, String)> = BTreeMap::new();
        let mut graph = ExportGraph::default();
        let mut seen_graph = false;
        let mut node_ids: std::collections::HashSet<String> = std::collections::HashSet::new();
        // The element being filled: a node or an edge, and the <data> key open.
        let mut current: Option<(bool, usize)> = None;
        let mut data: Option<(String, String, usize)> = None;
        for token in tokens(xml)? {
            match token {
                Token::Start {
                    name,
                    attrs,
                    empty,
                    line,
                } => match name.as_str() {
                    "key" => {
                        let id = get(&attrs, "id").ok_or_else(|| fail(line, "<key> without id"))?;
                        let attr_name = get(&attrs, "attr.name").unwrap_or(id);
                        let ty = get(&attrs, "attr.type").unwrap_or("string");
                        keys.insert(id.to_owned(), (attr_name.to_owned(), ty.to_owned()));
                    }
                    "graph" => {
                        if seen_graph {
                            return Err(fail(line, "more than one <graph>: not supported"));
                        }
                        seen_graph = true;
                        graph.directed = get(&attrs, "edgedefault") != Some("undirected");
                    }
                    "node" => {
                        let id =
                            get(&attrs, "id").ok_or_else(|| fail(line, "<node> without id"))?;
                        node_ids.insert(id.to_owned());
                        graph.nodes.push(ExportNode {
                            id: id.to_owned(),
                            attrs: Vec::new(),
                        });
                        current = (!empty).then_some((true, graph.nodes.len() - 1));
                    }
                    "edge" => {
                        let ends = (get(&attrs, "source"), get(&attrs, "target"));
                        let (Some(source), Some(target)) = ends else {
                            return Err(fail(line, "<edge> without source or target"));
                        };
                        for end in [source, target] {
                            if !node_ids.contains(end) {
                                return Err(fail(line, format!("edge names unknown node `{end}`")));
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
                        let key =
                            get(&attrs, "key").ok_or_else(|| fail(line, "<data> without key"))?;
                        if empty {
                            data = None;
                            store(&mut graph, current, &keys, key, "", line)?;
                        } else {
                            data = Some((key.to_owned(), String::new(), line));
                        }
                    }
                    _ => {}
                },
                Token::Text(t) => {
                    if let Some((_, text, _)) = &mut data {
                        text.push_str(&t);
                    }
                }
                Token::End { name } => match name.as_str() {
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
            return Err(fail(1, "no <graph> element"));
        }
        Ok(graph)
    }

    fn store(
        graph: &mut ExportGraph,
        current: Option<(bool, usize)>,
        keys: &BTreeMap<String, (String, String)>,
        key: &str,
        text: &str,
        line: usize,
    ) -> Result<(), GraphError> {
        let (name, ty) = keys
            .get(key)
            .ok_or_else(|| fail(line, format!("<data> with undeclared key `{key}`")))?;
        let value = typed(ty, text, name, line)?;
        match current {
            Some((true, i)) => graph.nodes[i].attrs.push((name.clone(), value)),
            Some((false, i)) => graph.edges[i].attrs.push((name.clone(), value)),
            // Graph-level data: not kept.
            None => {}
        }
        Ok(())
    }
}
