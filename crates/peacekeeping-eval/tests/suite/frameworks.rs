//! Frameworks: loading from TOML and JSON, validation reporting every problem, the
//! built-in partnership effectiveness framework.

use peacekeeping_eval::{
    Aggregation, CoinrMeta, Direction, Framework, FrameworkError, NodeRef, Normalization,
    Transform, builtin,
};

fn problems(err: FrameworkError) -> Vec<(String, &'static str)> {
    match err {
        FrameworkError::Invalid { problems: p, .. } => {
            p.into_iter().map(|p| (p.node, p.field)).collect()
        }
        other => panic!("expected Invalid, got {other}"),
    }
}

#[test]
fn a_bad_file_reports_every_problem_with_node_and_field() {
    let text = r#"
        [[aggregate]]
        id = "index"
        [[aggregate]]
        id = "a"
        parent = "b"
        [[aggregate]]
        id = "b"
        parent = "a"
        [[aggregate]]
        id = "dim"
        parent = "index"
        method = "median"
        [[indicator]]
        id = "x"
        parent = "dim"
        weight = -1
        [[indicator]]
        id = "x"
        parent = "dim"
        [[indicator]]
        id = "y"
        parent = "nowhere"
        direction = "sideways"
        normalization = { method = "goalposts", min = 10, max = 10 }
        [[indicator]]
        id = "z"
        parent = "index"
        weight = 0
        normalization = { method = "goalposts", min = 0 }
    "#;
    let found = problems(Framework::from_toml_str(text).unwrap_err());
    for expected in [
        ("dim", "method"),
        ("y", "direction"),
        ("z", "normalization.max"),
        ("x", "id"),
        ("a", "parent"),
        ("b", "parent"),
        ("x", "weight"),
        ("y", "parent"),
        ("y", "normalization.min"),
    ] {
        assert!(
            found.contains(&(expected.0.to_owned(), expected.1)),
            "{expected:?} not in {found:?}"
        );
    }
    // The problems of reading the file come first, then the framework's own.
    assert_eq!(
        found[..3],
        [
            ("dim".to_owned(), "method"),
            ("y".to_owned(), "direction"),
            ("z".to_owned(), "normalization.max"),
        ]
    );
    assert_eq!(found.len(), 9, "{found:?}");
    // The message lists them all.
    let message = Framework::from_toml_str(text).unwrap_err().to_string();
    assert!(
        message.contains("node `y`, parent: unknown parent `nowhere`"),
        "{message}"
    );
}

#[test]
fn a_bad_coinr_table_reports_its_problems_then_the_framework_s() {
    let text = "iCode,iName,Level,Parent,Direction,Weight,Type\n\
                x,X,1,idx,1,heavy,Indicator\n\
                y,Y,1,nowhere,1,1,Indicator\n\
                w,W,1,idx,1,1,Widget\n\
                idx,Index,2,,1,1,Aggregate\n";
    let found = problems(CoinrMeta::from_csv_str(text).unwrap_err());
    assert_eq!(
        found,
        [
            ("x".to_owned(), "weight"),
            ("w".to_owned(), "type"),
            ("y".to_owned(), "parent"),
        ]
    );
}

#[test]
fn all_zero_sibling_weights_are_rejected() {
    let text = r#"{"aggregate": [{"id": "i"}],
        "indicator": [{"id": "a", "parent": "i", "weight": 0}, {"id": "b", "parent": "i", "weight": 0}]}"#;
    let found = problems(Framework::from_json_str(text).unwrap_err());
    assert_eq!(found, vec![("i".to_owned(), "weight")]);
}

#[test]
fn syntax_and_shape_errors_are_parse_errors_with_a_line() {
    let err = Framework::from_toml_str("[[indicator]]\nid = \"a\"\nwieght = 2\n").unwrap_err();
    let FrameworkError::Parse {
        format, message, ..
    } = err
    else {
        panic!()
    };
    assert_eq!(format, "TOML");
    assert!(
        message.contains("wieght") && message.contains("line 3"),
        "{message}"
    );
    let err = Framework::from_json_str("{\"aggregate\": [").unwrap_err();
    assert!(matches!(err, FrameworkError::Parse { format: "JSON", .. }));
}

/// A reader that always fails.
struct Unplugged;

impl std::io::Read for Unplugged {
    fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
        Err(std::io::Error::other("unplugged"))
    }
}

#[test]
fn a_failing_reader_is_an_io_error_without_a_path() {
    for err in [
        Framework::read_toml(Unplugged).unwrap_err(),
        Framework::read_json(Unplugged).unwrap_err(),
    ] {
        let FrameworkError::Io(io) = &err else {
            panic!("expected an I/O error, got {err:?}");
        };
        assert_eq!(io.path(), None);
        assert_eq!(io.kind(), std::io::ErrorKind::Other);
        assert_eq!(err.to_string(), "cannot read: unplugged");
        let source = std::error::Error::source(&err)
            .and_then(|s| s.downcast_ref::<std::io::Error>())
            .expect("the io::Error as source");
        assert_eq!(source.to_string(), "unplugged");
    }
    // Not UTF-8: an I/O error too, as reading a file gives.
    assert!(matches!(
        Framework::read_toml(&b"\xff"[..]),
        Err(FrameworkError::Io(ref io)) if io.kind() == std::io::ErrorKind::InvalidData && io.path().is_none()
    ));
    // A reader's text parses as the same text in memory, errors included.
    let text = "[[indicator]]\nid = \"a\"\nwieght = 2\n";
    assert_eq!(
        Framework::read_toml(text.as_bytes()).unwrap_err(),
        Framework::from_toml_str(text).unwrap_err()
    );
}

#[test]
fn malformed_framework_files_are_errors_naming_the_file() {
    // A COINr table without its Weight and Type columns.
    let file = crate::TempFile::new(
        "malformed-imeta.csv",
        b"iCode,iName,Parent,Direction\nx,X,idx,1\n",
    );
    let err = CoinrMeta::read_csv_file(&file.0).unwrap_err();
    assert!(
        matches!(&err, FrameworkError::Parse { path: Some(p), format: "COINr iMeta CSV", message }
            if *p == file.0 && message == "missing column(s): Weight, Type"),
        "{err:?}"
    );
    assert!(
        err.to_string()
            .starts_with(&format!("{}: ", file.0.display())),
        "{err}"
    );
    // JSON that is not a framework: a parse error, then an invalid one.
    let file = crate::TempFile::new(
        "malformed-framework.json",
        b"{\"aggregate\": [{\"id\": 3}]}",
    );
    let err = Framework::read_json_file(&file.0).unwrap_err();
    assert!(
        matches!(&err, FrameworkError::Parse { path: Some(p), format: "JSON", .. } if *p == file.0),
        "{err:?}"
    );
    assert!(
        err.to_string().starts_with(&format!(
            "{}: invalid JSON framework file: ",
            file.0.display()
        )),
        "{err}"
    );
    let file = crate::TempFile::new(
        "invalid-framework.json",
        br#"{"aggregate": [{"id": "i"}], "indicator": [{"id": "a", "parent": "j"}]}"#,
    );
    let err = Framework::read_json_file(&file.0).unwrap_err();
    assert!(
        matches!(&err, FrameworkError::Invalid { path: Some(p), problems } if *p == file.0 && problems.len() == 2),
        "{err:?}"
    );
}

#[test]
fn toml_and_json_describe_the_same_framework() {
    let toml = r#"
        [[aggregate]]
        id = "i"
        method = "generalized"
        p = 0.5
        [[indicator]]
        id = "a"
        parent = "i"
        direction = "lower"
        transform = { method = "log", offset = 1 }
        normalization = { method = "distance-to-target", target = 10 }
    "#;
    let json = r#"{"aggregate": [{"id": "i", "method": "generalized", "p": 0.5}],
        "indicator": [{"id": "a", "parent": "i", "direction": "lower",
            "transform": {"method": "log", "offset": 1},
            "normalization": {"method": "distance-to-target", "target": 10}}]}"#;
    let a = Framework::from_toml_str(toml).unwrap();
    let b = Framework::from_json_str(json).unwrap();
    assert_eq!(a, b);
    let Some(NodeRef::Indicator(ind)) = a.node("a") else {
        panic!()
    };
    assert_eq!(ind.direction, Direction::LowerIsBetter);
    assert_eq!(ind.transform, Transform::LogOffset(1.0));
    assert_eq!(
        ind.normalization,
        Some(Normalization::DistanceToTarget {
            target: 10.0,
            scale: 1.0
        })
    );
    assert_eq!(
        a.aggregates()[0].method,
        Aggregation::Generalized { p: 0.5 }
    );
}

#[test]
fn the_builtin_framework_is_valid_covers_six_dimensions_and_round_trips() {
    let fw = builtin::partnership_effectiveness().unwrap();
    let dims: Vec<&str> = fw.children(fw.root_id()).collect();
    assert_eq!(
        dims,
        [
            "mission-outcomes",
            "sustainability",
            "cooperation",
            "legitimacy",
            "interoperability",
            "frictions"
        ]
    );
    assert_eq!(
        Framework::from_toml_str(&fw.to_toml().unwrap()).unwrap(),
        fw
    );
    for ind in fw.indicators() {
        assert!(!ind.name.is_empty() && !ind.unit.is_empty(), "{}", ind.id);
    }
    // The frictions dimension is lower-is-better throughout.
    for id in fw.children("frictions") {
        let Some(NodeRef::Indicator(i)) = fw.node(id) else {
            panic!()
        };
        assert_eq!(i.direction, Direction::LowerIsBetter, "{id}");
    }
}

#[test]
fn the_hdi_framework_file_loads() {
    let fw = Framework::from_toml_str(include_str!("../data/hdi.toml")).unwrap();
    let w = fw.effective_weights();
    assert_eq!(w["le_2022"], 1.0 / 3.0);
    assert_eq!(w["eys_2022"], 1.0 / 6.0);
}

#[cfg(feature = "serde")]
#[test]
fn serde_goes_through_the_file_format_and_validates() {
    let fw = builtin::partnership_effectiveness().unwrap();
    let json = serde_json::to_string(&fw).unwrap();
    assert_eq!(serde_json::from_str::<Framework>(&json).unwrap(), fw);
    let bad = r#"{"aggregate": [{"id": "i"}], "indicator": [{"id": "a", "parent": "j"}]}"#;
    let err = serde_json::from_str::<Framework>(bad).unwrap_err();
    assert!(err.to_string().contains("unknown parent `j`"), "{err}");
}

/// The rank normalizations take a tie rule, the percentile rank a definition, the
/// distance to a reference a unit or a statistic and a form, the identity nothing (and no
/// lower-is-better indicator); a misspelled option, one given to a method without it or a
/// missing or doubled reference is a problem naming the field, and a written file reads
/// back as the framework it came from (defaults left out).
#[test]
fn normalizations_take_their_options_in_framework_files() {
    use peacekeeping_eval::{Distance, Percentile, Reference, Ties};
    let text = r#"
        [[aggregate]]
        id = "index"
        [[indicator]]
        id = "a"
        parent = "index"
        normalization = { method = "rank", ties = "min" }
        [[indicator]]
        id = "b"
        parent = "index"
        normalization = { method = "percentile-rank", ties = "min", percentile = "share" }
        [[indicator]]
        id = "c"
        parent = "index"
        normalization = { method = "percentile-rank" }
        [[indicator]]
        id = "d"
        parent = "index"
        normalization = { method = "identity" }
        [[indicator]]
        id = "e"
        parent = "index"
        normalization = { method = "distance-to-reference", reference = "median", form = "relative", scale = 100 }
        [[indicator]]
        id = "f"
        parent = "index"
        normalization = { method = "distance-to-reference", unit = "FRA" }
    "#;
    let fw = Framework::from_toml_str(text).unwrap();
    let of = |id: &str| match fw.node(id) {
        Some(NodeRef::Indicator(i)) => i.normalization.clone().unwrap(),
        _ => panic!("{id}"),
    };
    assert_eq!(of("a"), Normalization::Rank { ties: Ties::Min });
    assert_eq!(
        of("b"),
        Normalization::PercentileRank {
            ties: Ties::Min,
            definition: Percentile::Share
        }
    );
    assert_eq!(of("c"), Normalization::percentile_rank());
    assert_eq!(of("d"), Normalization::Identity);
    assert_eq!(
        of("e"),
        Normalization::DistanceToReference {
            reference: Reference::Median,
            form: Distance::Relative,
            scale: 100.0
        }
    );
    assert_eq!(
        of("f"),
        Normalization::DistanceToReference {
            reference: Reference::Unit("FRA".into()),
            form: Distance::Ratio,
            scale: 1.0
        }
    );
    let written = fw.to_toml().unwrap();
    assert!(written.contains("ties = \"min\"") && written.contains("percentile = \"share\""));
    assert_eq!(Framework::from_toml_str(&written).unwrap(), fw);
    let bad = r#"
        [[aggregate]]
        id = "index"
        [[indicator]]
        id = "a"
        parent = "index"
        normalization = { method = "rank", ties = "first" }
        [[indicator]]
        id = "b"
        parent = "index"
        normalization = { method = "percentile-rank", percentile = "exclusive" }
        [[indicator]]
        id = "c"
        parent = "index"
        normalization = { method = "min-max", ties = "min" }
        [[indicator]]
        id = "d"
        parent = "index"
        direction = "lower"
        normalization = { method = "identity" }
        [[indicator]]
        id = "e"
        parent = "index"
        normalization = { method = "distance-to-reference", reference = "mode" }
        [[indicator]]
        id = "f"
        parent = "index"
        normalization = { method = "distance-to-reference", unit = "FRA", reference = "mean" }
        [[indicator]]
        id = "g"
        parent = "index"
        normalization = { method = "distance-to-reference" }
        [[indicator]]
        id = "h"
        parent = "index"
        normalization = { method = "distance-to-reference", reference = "max", form = "log" }
    "#;
    let found = problems(Framework::from_toml_str(bad).unwrap_err());
    for expected in [
        ("a", "normalization.ties"),
        ("b", "normalization.percentile"),
        ("c", "normalization.ties"),
        ("d", "normalization.method"),
        ("e", "normalization.reference"),
        ("f", "normalization.reference"),
        ("g", "normalization.unit"),
        ("h", "normalization.form"),
    ] {
        assert!(
            found.contains(&(expected.0.to_owned(), expected.1)),
            "{expected:?} not in {found:?}"
        );
    }
}
