//! Exports: DOT, GraphML, GEXF, JSON node-link, CSV; GraphML and JSON read back.

use peacekeeping_core::{IoAccess, Period};
use peacekeeping_graph::{
    ActorNetwork, AttrValue, CoDeploymentWeight, ExportEdge, ExportGraph, ExportNode, GraphError,
    PartnershipGraph, co_deployment,
};

use crate::support::{d, reference};

fn reference_graph() -> ExportGraph {
    let data = reference();
    ExportGraph::from_partnership_graph(&PartnershipGraph::as_of(data, d(2013, 12, 31)), Some(data))
}

fn sorted_attrs(mut g: ExportGraph) -> ExportGraph {
    for n in &mut g.nodes {
        n.attrs.sort_by(|a, b| a.0.cmp(&b.0));
    }
    for e in &mut g.edges {
        e.attrs.sort_by(|a, b| a.0.cmp(&b.0));
    }
    g
}

#[test]
fn graphml_round_trips_the_reference_graph() {
    let g = reference_graph();
    let back = ExportGraph::from_graphml_str(&g.to_graphml()).unwrap();
    assert_eq!(back, g);
    // Over 2012 Mali's AU membership is three records (full, suspended, full): parallel
    // edges, kept apart.
    let data = reference();
    let year = Period::between(d(2012, 1, 1), d(2012, 12, 31)).unwrap();
    let multi =
        ExportGraph::from_partnership_graph(&PartnershipGraph::over(data, year), Some(data));
    assert!(multi.has_parallel_edges());
    let mali_au = |g: &ExportGraph| {
        g.edges
            .iter()
            .filter(|e| e.source == "actor:MLI" && e.target == "actor:AU")
            .count()
    };
    assert_eq!(mali_au(&multi), 3);
    let back = ExportGraph::from_graphml_str(&multi.to_graphml()).unwrap();
    assert_eq!(mali_au(&back), 3);
    assert_eq!(back, multi);
    // Contributions keep their categories.
    let contribution = g
        .edges
        .iter()
        .find(|e| {
            e.attrs
                .iter()
                .any(|(k, v)| k == "kind" && *v == AttrValue::Text("contribution".into()))
        })
        .unwrap();
    assert!(contribution.attrs.iter().any(|(k, _)| k == "troops"));
    assert!(contribution.attrs.iter().any(|(k, _)| k == "reported"));
}

#[test]
fn json_node_link_round_trips_the_reference_graph() {
    let g = reference_graph();
    let json = g.to_json_node_link();
    let back = ExportGraph::from_json_node_link_str(&json).unwrap();
    // serde_json's map orders keys: compare attributes by name.
    assert_eq!(sorted_attrs(back), sorted_attrs(g.clone()));
    assert!(json.contains("\"multigraph\":"));
    // Older networkx wrote `links`.
    let links = json.replace("\"edges\":", "\"links\":");
    assert_eq!(
        ExportGraph::from_json_node_link_str(&links)
            .unwrap()
            .edges
            .len(),
        g.edges.len()
    );
}

#[test]
fn awkward_text_survives_every_format() {
    let name = "Côte d'Ivoire & \"friends\", <a>\nnew line";
    let g = ExportGraph {
        directed: false,
        nodes: vec![
            ExportNode {
                id: "x&y".into(),
                attrs: vec![("name".into(), AttrValue::Text(name.into()))],
            },
            ExportNode {
                id: "z".into(),
                attrs: vec![
                    ("flag".into(), AttrValue::Bool(true)),
                    ("n".into(), AttrValue::Integer(-3)),
                ],
            },
        ],
        edges: vec![ExportEdge {
            source: "x&y".into(),
            target: "z".into(),
            attrs: vec![("weight".into(), AttrValue::Float(0.1))],
        }],
    };
    assert_eq!(ExportGraph::from_graphml_str(&g.to_graphml()).unwrap(), g);
    assert_eq!(
        sorted_attrs(ExportGraph::from_json_node_link_str(&g.to_json_node_link()).unwrap()),
        sorted_attrs(g.clone())
    );
    let csv = g.to_nodes_csv();
    assert!(csv.starts_with("id,name,flag,n\n"));
    assert!(csv.contains("\"Côte d'Ivoire & \"\"friends\"\", <a>\nnew line\",,\n"));
    assert!(g.to_dot().contains(r#""x&y" -- "z" [weight=0.1];"#));
    assert!(
        g.to_dot()
            .contains(r#"name="Côte d'Ivoire & \"friends\", <a>"#)
    );
    let gexf = g.to_gexf();
    assert!(gexf.contains("Côte d&apos;Ivoire &amp; &quot;friends&quot;, &lt;a&gt;&#10;new line"));
    assert!(gexf.contains(r#"<edge id="0" source="x&amp;y" target="z" weight="0.1"/>"#));
}

#[test]
fn every_format_lists_every_node_and_edge() {
    let data = reference();
    let net: ActorNetwork = co_deployment(
        data,
        Period::day(d(2013, 12, 31)),
        CoDeploymentWeight::SharedPersonnel,
    )
    .unwrap();
    let g = ExportGraph::from_actor_network(&net, Some(data));
    assert_eq!((g.nodes.len(), g.edges.len()), (122, 5159));
    assert_eq!(g.to_nodes_csv().lines().count(), 123);
    assert_eq!(g.to_edges_csv().lines().count(), 5160);
    assert!(g.to_edges_csv().starts_with("source,target,weight\n"));
    assert_eq!(g.to_dot().matches(" -- ").count(), 5159);
    let gexf = g.to_gexf();
    assert_eq!(gexf.matches("<node ").count(), 122);
    assert_eq!(gexf.matches("<edge ").count(), 5159);
    assert!(gexf.contains(r#"defaultedgetype="undirected""#));
    assert!(gexf.contains(r#"title="region" type="string""#));
    let back = ExportGraph::from_graphml_str(&g.to_graphml()).unwrap();
    let weights: f64 = back.edges.iter().filter_map(ExportEdge::weight).sum();
    let expected: f64 = net.edges().map(|e| e.2).sum();
    assert_eq!(weights, expected);
    assert!(!g.has_parallel_edges());
    let directed = reference_graph();
    assert_eq!(
        directed.to_dot().matches(" -> ").count(),
        directed.edges.len()
    );
}

#[test]
fn malformed_input_is_reported_with_its_line() {
    let bad_edge = "<graphml>\n<graph edgedefault=\"undirected\">\n<node id=\"a\"/>\n<edge source=\"a\" target=\"b\"/>\n</graph>\n</graphml>\n";
    match ExportGraph::from_graphml_str(bad_edge).unwrap_err() {
        GraphError::Read {
            format,
            path,
            line,
            message,
        } => {
            assert_eq!((format, path, line), ("GraphML", None, 4));
            assert!(message.contains("`b`"), "{message}");
        }
        other => panic!("{other:?}"),
    }
    let bad_double = "<graphml>\n<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n<graph>\n<node id=\"a\"/>\n<edge source=\"a\" target=\"a\"><data key=\"w\">heavy</data></edge>\n</graph>\n</graphml>";
    let err = ExportGraph::from_graphml_str(bad_double).unwrap_err();
    assert!(err.to_string().contains("line 5"), "{err}");
    // Malformed XML: the tokenizer's errors are GraphML's too.
    let bad_entity = "<graphml>\n<graph>\n<node id=\"a&bogus;\"/>\n</graph>\n</graphml>";
    let err = ExportGraph::from_graphml_str(bad_entity).unwrap_err();
    assert_eq!(
        err.to_string(),
        "reading GraphML at line 3: unknown entity `&bogus;`"
    );
    let err = ExportGraph::from_graphml_str("<graphml>\n<graph").unwrap_err();
    assert_eq!(
        err.to_string(),
        "reading GraphML at line 2: unterminated markup, expected `>`"
    );
    assert!(ExportGraph::from_graphml_str("<graphml></graphml>").is_err());
    assert!(ExportGraph::from_json_node_link_str("{\"nodes\": [{\"name\": 1}]}").is_err());
    let err = ExportGraph::from_json_node_link_str("{\"nodes\": [}").unwrap_err();
    assert!(matches!(
        err,
        GraphError::Read {
            format: "JSON node-link",
            ..
        }
    ));
}

mod round_trips {
    use super::sorted_attrs;
    use peacekeeping_graph::{AttrValue, ExportEdge, ExportGraph, ExportNode};
    use proptest::prelude::*;

    /// Text with the characters that need escaping in XML, JSON, CSV and DOT.
    fn text() -> impl Strategy<Value = String> {
        "[a-zA-Z0-9 &<>\"',;:=/\\\\é\n\t-]{0,10}"
    }

    /// Attributes with one type per name, as our graphs have.
    fn attrs() -> impl Strategy<Value = Vec<(String, AttrValue)>> {
        (
            proptest::option::of(text()),
            proptest::option::of(any::<f64>().prop_filter("finite", |f| f.is_finite())),
            proptest::option::of(any::<bool>()),
            proptest::option::of(any::<i64>()),
        )
            .prop_map(|(name, weight, flag, n)| {
                let mut out = Vec::new();
                if let Some(v) = name {
                    out.push(("name".to_owned(), AttrValue::Text(v)));
                }
                if let Some(v) = weight {
                    out.push(("weight".to_owned(), AttrValue::Float(v)));
                }
                if let Some(v) = flag {
                    out.push(("flag".to_owned(), AttrValue::Bool(v)));
                }
                if let Some(v) = n {
                    out.push(("n".to_owned(), AttrValue::Integer(v)));
                }
                out
            })
    }

    fn graph() -> impl Strategy<Value = ExportGraph> {
        (
            any::<bool>(),
            proptest::collection::btree_set("[a-zA-Z0-9 &<>\"':é-]{1,6}", 1..8),
        )
            .prop_flat_map(|(directed, ids)| {
                let ids: Vec<String> = ids.into_iter().collect();
                let n = ids.len();
                (
                    Just(directed),
                    proptest::collection::vec(attrs(), n..=n).prop_map(move |a| {
                        ids.iter()
                            .cloned()
                            .zip(a)
                            .map(|(id, attrs)| ExportNode { id, attrs })
                            .collect::<Vec<_>>()
                    }),
                    proptest::collection::vec((0..n, 0..n, attrs()), 0..12),
                )
            })
            .prop_map(|(directed, nodes, edges)| {
                let edges = edges
                    .into_iter()
                    .map(|(a, b, attrs)| ExportEdge {
                        source: nodes[a].id.clone(),
                        target: nodes[b].id.clone(),
                        attrs,
                    })
                    .collect();
                ExportGraph {
                    directed,
                    nodes,
                    edges,
                }
            })
    }

    proptest! {
        #[test]
        fn graphml_reads_back_what_it_wrote(g in graph()) {
            prop_assert_eq!(ExportGraph::from_graphml_str(&g.to_graphml()).unwrap(), g);
        }

        #[test]
        fn reading_never_panics(
            xml in "[<>/=\"' a-z&;#x0-9!?\\[\\]:.-]{0,120}",
            any_text in ".{0,80}",
        ) {
            let _ = ExportGraph::from_graphml_str(&xml);
            let _ = ExportGraph::from_graphml_str(&any_text);
            let _ = ExportGraph::from_json_node_link_str(&any_text);
            let wrapped = format!("<graphml><key id=\"k\" attr.type=\"double\"/><graph><node id=\"a\">{xml}</node></graph></graphml>");
            let _ = ExportGraph::from_graphml_str(&wrapped);
        }

        #[test]
        fn json_node_link_reads_back_what_it_wrote(g in graph()) {
            let back = ExportGraph::from_json_node_link_str(&g.to_json_node_link()).unwrap();
            prop_assert_eq!(sorted_attrs(back), sorted_attrs(g));
        }
    }
}

#[test]
fn every_format_streams_and_writes_files_the_bytes_of_its_text() {
    let g = reference_graph();
    let dir = std::env::temp_dir().join(format!("peacekeeping-export-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    type Text = fn(&ExportGraph) -> String;
    type Stream = fn(&ExportGraph, &mut Vec<u8>) -> Result<(), GraphError>;
    type ToFile = fn(&ExportGraph, &std::path::Path) -> Result<(), GraphError>;
    // The three writers of each format, as (name, to_x, write_x, write_x_file).
    macro_rules! writers {
        ($name:literal, $to:ident, $write:ident, $file:ident) => {
            (
                $name,
                ExportGraph::$to as Text,
                (|g, w| g.$write(w)) as Stream,
                (|g, p| g.$file(p)) as ToFile,
            )
        };
    }
    let formats = [
        writers!("dot", to_dot, write_dot, write_dot_file),
        writers!("graphml", to_graphml, write_graphml, write_graphml_file),
        writers!("gexf", to_gexf, write_gexf, write_gexf_file),
        writers!(
            "json",
            to_json_node_link,
            write_json_node_link,
            write_json_node_link_file
        ),
        writers!(
            "nodes.csv",
            to_nodes_csv,
            write_nodes_csv,
            write_nodes_csv_file
        ),
        writers!(
            "edges.csv",
            to_edges_csv,
            write_edges_csv,
            write_edges_csv_file
        ),
    ];
    for (name, text, stream, to_file) in formats {
        let expected = text(&g);
        let mut bytes = Vec::new();
        stream(&g, &mut bytes).unwrap();
        assert_eq!(String::from_utf8(bytes).unwrap(), expected, "{name}");
        let path = dir.join(format!("graph.{name}"));
        to_file(&g, &path).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), expected, "{name}");
    }
    let graphml = dir.join("graph.graphml");
    assert_eq!(ExportGraph::read_graphml_file(&graphml).unwrap(), g);
    let file = std::fs::File::open(&graphml).unwrap();
    assert_eq!(
        ExportGraph::read_graphml(std::io::BufReader::new(file)).unwrap(),
        g
    );
    let json = dir.join("graph.json");
    let back = ExportGraph::read_json_node_link_file(&json).unwrap();
    assert_eq!(back.nodes.len(), g.nodes.len());
    assert_eq!(
        ExportGraph::read_json_node_link(std::fs::File::open(&json).unwrap()).unwrap(),
        back
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn read_and_write_errors_name_the_file_and_keep_the_io_error() {
    use std::error::Error as _;
    let dir = std::env::temp_dir().join(format!("peacekeeping-export-err-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let missing = dir.join("missing.graphml");
    let err = ExportGraph::read_graphml_file(&missing).unwrap_err();
    let GraphError::Io(io) = &err else {
        panic!("{err:?}")
    };
    assert_eq!(io.access(), IoAccess::Read);
    assert_eq!(io.path(), Some(missing.as_path()));
    assert_eq!(io.kind(), std::io::ErrorKind::NotFound);
    assert!(err.to_string().contains("missing.graphml"), "{err}");
    let source = err.source().unwrap();
    assert_eq!(
        source.downcast_ref::<std::io::Error>().unwrap().kind(),
        std::io::ErrorKind::NotFound
    );
    assert_eq!(err.clone(), err);
    // The JSON node-link reader too: a missing file, and one that is not UTF-8.
    let missing = dir.join("missing.json");
    let err = ExportGraph::read_json_node_link_file(&missing).unwrap_err();
    assert!(
        matches!(&err, GraphError::Io(io) if io.access() == IoAccess::Read && io.path() == Some(missing.as_path()) && io.kind() == std::io::ErrorKind::NotFound),
        "{err:?}"
    );
    let binary = dir.join("binary.json");
    std::fs::write(&binary, [0xff]).unwrap();
    let err = ExportGraph::read_json_node_link_file(&binary).unwrap_err();
    assert!(
        matches!(&err, GraphError::Io(io) if io.access() == IoAccess::Read && io.path() == Some(binary.as_path()) && io.kind() == std::io::ErrorKind::InvalidData),
        "{err:?}"
    );
    assert!(
        err.to_string().contains("binary.json: cannot read: "),
        "{err}"
    );
    // A malformed file: the parse error names the file and the line.
    let bad = dir.join("bad.json");
    std::fs::write(&bad, "{\n\"nodes\": [\n}").unwrap();
    let err = ExportGraph::read_json_node_link_file(&bad).unwrap_err();
    assert!(
        matches!(&err, GraphError::Read { path: Some(p), line: 3, .. } if *p == bad),
        "{err:?}"
    );
    assert!(err.to_string().contains("bad.json"), "{err}");
    // Writing into a directory that does not exist.
    let g = ExportGraph::default();
    let nowhere = dir.join("no").join("such").join("dir.gexf");
    let err = g.write_gexf_file(&nowhere).unwrap_err();
    assert!(
        err.to_string().contains("dir.gexf: cannot write: "),
        "{err}"
    );
    assert!(
        matches!(&err, GraphError::Io(io) if io.access() == IoAccess::Write && io.path() == Some(nowhere.as_path())),
        "{err:?}"
    );
    // A stream that fails, and one that does not hold UTF-8.
    struct Broken;
    impl std::io::Write for Broken {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk full"))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let err = g.write_graphml(Broken).unwrap_err();
    assert_eq!(err.to_string(), "cannot write: disk full");
    let err = ExportGraph::read_graphml(&[0xff, 0xfe][..]).unwrap_err();
    assert!(
        matches!(&err, GraphError::Io(io) if io.kind() == std::io::ErrorKind::InvalidData && io.path().is_none()),
        "{err:?}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
