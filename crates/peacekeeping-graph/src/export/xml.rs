//! The XML the GraphML and GEXF writers write and the GraphML reader reads: escaping,
//! an [`XmlWriter`] of elements at explicit indentations, and a tokenizer of the subset
//! of XML graph files use (elements, attributes, text, CDATA; declarations, comments and
//! doctypes skipped).

use std::fmt::{self, Write};

use super::graphml::GRAPHML;
use crate::GraphError;

/// `s` with the five XML special characters and line breaks and tabs escaped, for text
/// and attribute values.
pub(super) fn escape(s: &str) -> String {
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

/// What follows the attributes of an element written by [`XmlWriter::element`].
#[derive(Debug, Clone, Copy)]
pub(super) enum Body<'t> {
    /// `>`: a start tag; its children follow, then [`XmlWriter::end`].
    Open,
    /// `/>`: an empty element.
    Empty,
    /// `>text</name>`: an element holding text (escaped), on the same line.
    Text(&'t str),
}

/// Writes XML one line per tag, each at the indentation (in spaces) the caller gives,
/// attribute values and text escaped.
pub(super) struct XmlWriter<'w, W: Write + ?Sized> {
    out: &'w mut W,
}

impl<'w, W: Write + ?Sized> XmlWriter<'w, W> {
    /// A writer into `out`, after the XML declaration.
    pub(super) fn new(out: &'w mut W) -> Result<Self, fmt::Error> {
        out.write_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")?;
        Ok(XmlWriter { out })
    }

    /// An element at `indent` on its own line: `<name a="v" ...` and then `body`.
    pub(super) fn element(
        &mut self,
        indent: usize,
        name: &str,
        attrs: &[(&str, &str)],
        body: Body<'_>,
    ) -> fmt::Result {
        write!(self.out, "{:indent$}<{name}", "")?;
        for (k, v) in attrs {
            write!(self.out, " {k}=\"{}\"", escape(v))?;
        }
        match body {
            Body::Open => self.out.write_str(">\n"),
            Body::Empty => self.out.write_str("/>\n"),
            Body::Text(text) => writeln!(self.out, ">{}</{name}>", escape(text)),
        }
    }

    /// An end tag `</name>` on its own line.
    pub(super) fn end(&mut self, indent: usize, name: &str) -> fmt::Result {
        writeln!(self.out, "{:indent$}</{name}>", "")
    }
}

/// A start tag, end tag or text of an XML document, with its line.
pub(super) enum Token {
    /// `<name attrs>`, or `<name attrs/>` when `empty`.
    Start {
        /// The element's name, without namespace prefix.
        name: String,
        /// Its attributes, in order, unescaped.
        attrs: Vec<(String, String)>,
        /// Whether the tag closes itself.
        empty: bool,
        /// Its line.
        line: usize,
    },
    /// `</name>`.
    End {
        /// The element's name, without namespace prefix.
        name: String,
    },
    /// Text between tags, unescaped.
    Text(String),
}

/// The text `s` with its entity and character references replaced.
fn unescape(s: &str, line: usize) -> Result<String, GraphError> {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let end = after
            .find(';')
            .ok_or_else(|| GraphError::read(GRAPHML, line, "unterminated character reference"))?;
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
                code.and_then(char::from_u32).ok_or_else(|| {
                    GraphError::read(GRAPHML, line, format!("unknown entity `&{entity};`"))
                })?
            }
        };
        out.push(c);
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// A name without its namespace prefix.
fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

/// The tokens of `xml`, in order; declarations, comments and doctypes left out, CDATA as
/// text. Its errors are GraphML's, the one XML format read back: a
/// [`GraphError::Read`] with the line.
pub(super) fn tokens(xml: &str) -> Result<Vec<Token>, GraphError> {
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
                .ok_or_else(|| {
                    GraphError::read(
                        GRAPHML,
                        line,
                        format!("unterminated markup, expected `{marker}`"),
                    )
                })
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

/// The attributes of a tag, from the text after its name.
fn attributes(mut s: &str, line: usize) -> Result<Vec<(String, String)>, GraphError> {
    let mut out = Vec::new();
    loop {
        s = s.trim_start();
        if s.is_empty() {
            return Ok(out);
        }
        let eq = s.find('=').ok_or_else(|| {
            GraphError::read(GRAPHML, line, format!("attribute without value: `{s}`"))
        })?;
        let name = s[..eq].trim().to_owned();
        let rest = s[eq + 1..].trim_start();
        let quote = rest
            .chars()
            .next()
            .filter(|&c| c == '"' || c == '\'')
            .ok_or_else(|| {
                GraphError::read(
                    GRAPHML,
                    line,
                    format!("attribute `{name}`: value not quoted"),
                )
            })?;
        let close = rest[1..].find(quote).ok_or_else(|| {
            GraphError::read(
                GRAPHML,
                line,
                format!("attribute `{name}`: unterminated value"),
            )
        })?;
        out.push((name, unescape(&rest[1..=close], line)?));
        s = &rest[close + 2..];
    }
}

/// The value of the attribute `name` (namespace prefix ignored), if present.
pub(super) fn get<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(n, _)| local(n) == name)
        .map(|(_, v)| v.as_str())
}
