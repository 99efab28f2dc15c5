//! DOT, for Graphviz.

use std::fmt;

use super::{AttrValue, Attributes, ExportGraph};

impl ExportGraph {
    text_format! {
        /// DOT for Graphviz: `graph` or `digraph`, every attribute on its node or edge.
        ///
        /// ```
        /// use peacekeeping_graph::{ActorNetwork, ExportGraph};
        /// let net = ActorNetwork::new(vec!["A".parse()?, "B".parse()?], [(0, 1, 1.0)])?;
        /// assert!(ExportGraph::from_actor_network(&net, None).to_dot().starts_with("graph {"));
        /// # Ok::<(), Box<dyn std::error::Error>>(())
        /// ```
        to_dot,
        write_dot,
        write_dot_file,
        Self::dot
    }

    /// Writes DOT into `out`.
    fn dot(&self, out: &mut dyn fmt::Write) -> fmt::Result {
        let (head, arrow) = if self.directed {
            ("digraph", "->")
        } else {
            ("graph", "--")
        };
        writeln!(out, "{head} {{")?;
        for n in &self.nodes {
            writeln!(out, "  {}{};", quote(&n.id), attributes(&n.attrs))?;
        }
        for e in &self.edges {
            writeln!(
                out,
                "  {} {arrow} {}{};",
                quote(&e.source),
                quote(&e.target),
                attributes(&e.attrs)
            )?;
        }
        out.write_str("}\n")
    }
}

/// ` [k=v, ...]`, or nothing without attributes; text quoted, numbers and booleans bare.
fn attributes(attrs: &Attributes) -> String {
    let parts: Vec<String> = attrs
        .iter()
        .map(|(k, v)| match v {
            AttrValue::Text(s) => format!("{}={}", id(k), quote(s)),
            other => format!("{}={}", id(k), other.to_text()),
        })
        .collect();
    if parts.is_empty() {
        String::new()
    } else {
        format!(" [{}]", parts.join(", "))
    }
}

/// `s` as a quoted DOT string.
fn quote(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

/// `s` as a DOT id: bare when alphanumeric, quoted otherwise.
fn id(s: &str) -> String {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        s.to_owned()
    } else {
        quote(s)
    }
}
