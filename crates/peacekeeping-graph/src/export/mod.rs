//! Exports of a [`PartnershipGraph`] or an [`ActorNetwork`] to DOT (Graphviz), GraphML,
//! GEXF (Gephi), JSON node-link (networkx) and CSV node and edge lists, with typed
//! attributes; GraphML and JSON node-link are read back.
//!
//! Every export goes through [`ExportGraph`], a plain list of nodes and edges with named
//! attributes. Build one with [`ExportGraph::from_partnership_graph`] or
//! [`ExportGraph::from_actor_network`] (or by hand), then write it in any format. Each
//! format `x` has `to_x()` (the text, in memory), `write_x(writer)` (streamed into any
//! `std::io::Write`) and `write_x_file(path)`; the two that read back have
//! `from_x_str(&str)`, `read_x(reader)` and `read_x_file(path)`. The output is
//! deterministic: the same graph gives the same bytes.
//!
//! | format | write | read |
//! |---|---|---|
//! | DOT | [`ExportGraph::to_dot`], [`write_dot`](ExportGraph::write_dot), [`write_dot_file`](ExportGraph::write_dot_file) | |
//! | GraphML | [`ExportGraph::to_graphml`], [`write_graphml`](ExportGraph::write_graphml), [`write_graphml_file`](ExportGraph::write_graphml_file) | [`ExportGraph::from_graphml_str`], [`read_graphml`](ExportGraph::read_graphml), [`read_graphml_file`](ExportGraph::read_graphml_file) |
//! | GEXF | [`ExportGraph::to_gexf`], [`write_gexf`](ExportGraph::write_gexf), [`write_gexf_file`](ExportGraph::write_gexf_file) | |
//! | JSON node-link | [`ExportGraph::to_json_node_link`], [`write_json_node_link`](ExportGraph::write_json_node_link), [`write_json_node_link_file`](ExportGraph::write_json_node_link_file) | [`ExportGraph::from_json_node_link_str`], [`read_json_node_link`](ExportGraph::read_json_node_link), [`read_json_node_link_file`](ExportGraph::read_json_node_link_file) |
//! | CSV | [`ExportGraph::to_nodes_csv`], [`to_edges_csv`](ExportGraph::to_edges_csv), their `write_` and `write_.._file` | |
//!
//! **Attributes.** Nodes of a partnership graph: `type` (`actor`, `mission`), `label`
//! (the id), `name`, `kind` (the actor or mission kind's code), `region` and `country`
//! (actors, when recorded), `start` and `end` (missions). Node ids are `actor:<id>` and
//! `mission:<id>`, so that an actor and a mission never share one. Edges: `kind`
//! (`membership`, `partnership`, `contribution`, `joint-exercise`, `participation`),
//! `weight` (personnel for a contribution, else 1), and by kind `status`, `partnership`,
//! `partnership_kind`, `training`, `training_kind`, `component`, `start`, `end`,
//! `reported` and one integer per personnel category (`troops`, `staff-officers`, ...). Nodes of an actor
//! network have the actor id as node id, `label`, and `name`, `kind`, `region` when the
//! dataset knows the actor; edges carry `weight`. Dates are ISO 8601 text.
//!
//! ```
//! use peacekeeping_graph::{ActorNetwork, ExportGraph};
//!
//! let net = ActorNetwork::new(vec!["BGD".parse()?, "NPL".parse()?], [(0, 1, 2.5)])?;
//! let graph = ExportGraph::from_actor_network(&net, None);
//! let xml = graph.to_graphml();
//! assert_eq!(ExportGraph::from_graphml_str(&xml)?, graph);
//! assert!(graph.to_dot().contains("\"BGD\" -- \"NPL\" [weight=2.5]"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use peacekeeping_core::IoAccess;
use std::fmt;
use std::fs::File;
use std::io::{self, BufWriter, Write as _};
use std::path::Path;

use peacekeeping_core::{Dataset, Period, PersonnelCategory};

use crate::{ActorNetwork, GraphError, Node, PartnershipGraph, Relation};

/// The three writers of a format, named as `docs/architecture.md`'s conventions say:
/// `to_x` (with the documentation given), `write_x` and `write_x_file`, all three over
/// the format's private writer `format`.
macro_rules! text_format {
    ($(#[$doc:meta])* $to:ident, $write:ident, $write_file:ident, $format:path) => {
        $(#[$doc])*
        #[must_use]
        pub fn $to(&self) -> String {
            self.text_of($format)
        }

        #[doc = concat!(
            "[`", stringify!($to), "`](Self::", stringify!($to), "), streamed into `writer` ",
            "(wrap a file in a `BufWriter`, or use [`", stringify!($write_file), "`](Self::",
            stringify!($write_file), "))."
        )]
        ///
        /// ```
        /// use peacekeeping_graph::{ActorNetwork, ExportGraph, GraphError};
        /// let net = ActorNetwork::new(vec!["A".parse()?, "B".parse()?], [(0, 1, 2.5)])?;
        /// let graph = ExportGraph::from_actor_network(&net, None);
        /// let mut bytes = Vec::new();
        #[doc = concat!("graph.", stringify!($write), "(&mut bytes)?;")]
        #[doc = concat!("assert_eq!(String::from_utf8(bytes)?, graph.", stringify!($to), "());")]
        /// // A writer that fails: four bytes fill up.
        #[doc = concat!(
            "assert!(matches!(graph.", stringify!($write), "(&mut [0u8; 4][..]), Err(GraphError::Io(_))));"
        )]
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        ///
        /// # Errors
        /// [`GraphError::Io`](crate::GraphError::Io) if `writer` fails.
        pub fn $write(
            &self,
            writer: impl ::std::io::Write,
        ) -> Result<(), $crate::GraphError> {
            self.write_with(writer, $format)
        }

        #[doc = concat!(
            "[`", stringify!($to), "`](Self::", stringify!($to), "), written to the file at ",
            "`path` (created or truncated), buffered."
        )]
        ///
        /// ```
        /// use peacekeeping_graph::{ActorNetwork, ExportGraph, GraphError};
        /// let net = ActorNetwork::new(vec!["A".parse()?, "B".parse()?], [(0, 1, 2.5)])?;
        /// let graph = ExportGraph::from_actor_network(&net, None);
        #[doc = concat!(
            "let path = std::env::temp_dir().join(format!(\"", stringify!($write_file),
            "-{}\", std::process::id()));"
        )]
        #[doc = concat!("graph.", stringify!($write_file), "(&path)?;")]
        #[doc = concat!("assert_eq!(std::fs::read_to_string(&path)?, graph.", stringify!($to), "());")]
        /// std::fs::remove_file(&path)?;
        /// // A directory that does not exist: the error names the file.
        /// let nowhere = path.join("graph");
        #[doc = concat!(
            "assert!(matches!(graph.", stringify!($write_file),
            "(&nowhere), Err(GraphError::Io(e)) if e.path() == Some(nowhere.as_path())));"
        )]
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        ///
        /// # Errors
        /// [`GraphError::Io`](crate::GraphError::Io) naming the file if it cannot be
        /// created or written.
        pub fn $write_file(
            &self,
            path: impl AsRef<::std::path::Path>,
        ) -> Result<(), $crate::GraphError> {
            self.write_file_with(path.as_ref(), $format)
        }
    };
}

/// The three readers of a format, named as `docs/architecture.md`'s conventions say:
/// `from_x_str` (with the documentation given), `read_x` and `read_x_file`, all three
/// over the format's private reader `parse`; `to_x`, the format's writer, writes the
/// text of their examples.
macro_rules! text_reader {
    ($(#[$doc:meta])* $from_str:ident, $read:ident, $read_file:ident, $parse:path, $to:ident) => {
        $(#[$doc])*
        pub fn $from_str(text: &str) -> Result<Self, $crate::GraphError> {
            $parse(text)
        }

        #[doc = concat!(
            "Reads from `reader` what [`", stringify!($from_str), "`](Self::",
            stringify!($from_str), ") reads from text."
        )]
        ///
        /// ```
        /// use peacekeeping_graph::{ActorNetwork, ExportGraph, GraphError};
        /// let net = ActorNetwork::new(vec!["A".parse()?, "B".parse()?], [(0, 1, 2.5)])?;
        /// let graph = ExportGraph::from_actor_network(&net, None);
        #[doc = concat!("let text = graph.", stringify!($to), "();")]
        #[doc = concat!("assert_eq!(ExportGraph::", stringify!($read), "(text.as_bytes())?, graph);")]
        /// // Bytes that are not UTF-8.
        #[doc = concat!(
            "assert!(matches!(ExportGraph::", stringify!($read), "(&[0xff][..]), Err(GraphError::Io(_))));"
        )]
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        ///
        /// # Errors
        /// [`GraphError::Io`](crate::GraphError::Io) if `reader` fails or does not hold
        #[doc = concat!(
            "UTF-8; [`GraphError::Read`](crate::GraphError::Read) as [`", stringify!($from_str),
            "`](Self::", stringify!($from_str), ")."
        )]
        pub fn $read(reader: impl ::std::io::Read) -> Result<Self, $crate::GraphError> {
            $parse(&$crate::export::read_text(reader)?)
        }

        #[doc = concat!(
            "Reads the file at `path` as [`", stringify!($from_str), "`](Self::",
            stringify!($from_str), ") reads text."
        )]
        ///
        /// ```
        /// use peacekeeping_graph::{ActorNetwork, ExportGraph, GraphError};
        /// let net = ActorNetwork::new(vec!["A".parse()?, "B".parse()?], [(0, 1, 2.5)])?;
        /// let graph = ExportGraph::from_actor_network(&net, None);
        #[doc = concat!(
            "let path = std::env::temp_dir().join(format!(\"", stringify!($read_file),
            "-{}\", std::process::id()));"
        )]
        #[doc = concat!("std::fs::write(&path, graph.", stringify!($to), "())?;")]
        #[doc = concat!("assert_eq!(ExportGraph::", stringify!($read_file), "(&path)?, graph);")]
        /// std::fs::remove_file(&path)?;
        /// // The file is gone: the error names it.
        #[doc = concat!(
            "assert!(matches!(ExportGraph::", stringify!($read_file),
            "(&path), Err(GraphError::Io(e)) if e.path() == Some(path.as_path())));"
        )]
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        ///
        /// # Errors
        /// [`GraphError::Io`](crate::GraphError::Io) naming the file if it cannot be read;
        /// [`GraphError::Read`](crate::GraphError::Read) naming the file and the line.
        pub fn $read_file(path: impl AsRef<::std::path::Path>) -> Result<Self, $crate::GraphError> {
            $crate::export::read_file_with(path.as_ref(), $parse)
        }
    };
}

mod csv;
mod dot;
mod gexf;
mod graphml;
mod json;
mod xml;

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
                    Relation::Participation { component, period } => {
                        attrs.push(("component".into(), text(component.code())));
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

/// The signature of every format's writer: the text into `out`.
type Format = fn(&ExportGraph, &mut dyn fmt::Write) -> fmt::Result;

impl ExportGraph {
    /// The text `format` writes.
    fn text_of(&self, format: Format) -> String {
        let mut text = String::new();
        // Writing into a String cannot fail.
        let _ = format(self, &mut text);
        text
    }

    /// Streams what `format` writes into `writer`.
    fn write_with(&self, writer: impl io::Write, format: Format) -> Result<(), GraphError> {
        self.stream(writer, format)
            .map_err(|e| GraphError::io(IoAccess::Write, None, e))
    }

    /// Writes what `format` writes into the file at `path`, buffered.
    fn write_file_with(&self, path: &Path, format: Format) -> Result<(), GraphError> {
        let written = File::create(path).and_then(|file| {
            let mut buffered = BufWriter::new(file);
            self.stream(&mut buffered, format)?;
            buffered.flush()
        });
        written.map_err(|e| GraphError::io(IoAccess::Write, Some(path), e))
    }

    /// What `format` writes, into `writer`; the first I/O error if any.
    fn stream(&self, writer: impl io::Write, format: Format) -> Result<(), io::Error> {
        let mut sink = IoText {
            inner: writer,
            error: None,
        };
        match (format(self, &mut sink), sink.error) {
            (Ok(()), _) => Ok(()),
            (Err(_), Some(e)) => Err(e),
            // Only the sink fails: the formats write nothing else that can.
            (Err(_), None) => Err(io::Error::other("formatting failed")),
        }
    }
}

/// The whole of `reader` as text.
pub(crate) fn read_text(mut reader: impl io::Read) -> Result<String, GraphError> {
    let mut text = String::new();
    reader
        .read_to_string(&mut text)
        .map_err(|e| GraphError::io(IoAccess::Read, None, e))?;
    Ok(text)
}

/// The file at `path` read by `parse`, its errors naming the file.
pub(crate) fn read_file_with(
    path: &Path,
    parse: fn(&str) -> Result<ExportGraph, GraphError>,
) -> Result<ExportGraph, GraphError> {
    let text =
        std::fs::read_to_string(path).map_err(|e| GraphError::io(IoAccess::Read, Some(path), e))?;
    parse(&text).map_err(|e| e.in_file(path))
}

/// A `fmt::Write` into an `io::Write` that keeps the first I/O error (`fmt::Error`
/// cannot carry it).
struct IoText<W> {
    inner: W,
    error: Option<io::Error>,
}

impl<W: io::Write> fmt::Write for IoText<W> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.inner.write_all(s.as_bytes()).map_err(|e| {
            self.error = Some(e);
            fmt::Error
        })
    }
}
