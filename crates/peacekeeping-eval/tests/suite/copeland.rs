//! `Aggregation::Copeland` at a framework node: a hand-computed example, agreement with
//! `mcdm::copeland` on the same numbers, missing children, explanations, framework files,
//! and the uncertainty analysis with Copeland as an alternative.
//!
//! No installable peer computes Copeland at a node (pymcdm 1.3.1 has no Copeland; COINr's
//! `a_copeland` is on CRAN only): the oracle is the hand computation below, and
//! `mcdm::copeland` for the identity between the two.

use peacekeeping_eval::{
    Aggregate, Aggregation, DecisionMatrix, Direction, Factor, Framework, FrameworkBuilder,
    Imputation, Indicator, IndicatorTable, MethodError, MissingChildren, Pipeline,
    ReplicationRanks, Scope, Uncertainty, copeland,
};

/// `x` (weight 2), `y` (1) and `z` (1, lower is better) under the Copeland aggregate `i`.
fn with_xyz(b: FrameworkBuilder) -> FrameworkBuilder {
    b.indicator(Indicator::new("x", "X").parent("i").weight(2.0))
        .indicator(Indicator::new("y", "Y").parent("i"))
        .indicator(
            Indicator::new("z", "Z")
                .parent("i")
                .direction(Direction::LowerIsBetter),
        )
}

/// Index `i` by Copeland over `x`, `y` and `z`.
fn framework() -> Framework {
    with_xyz(
        Framework::builder().aggregate(Aggregate::new("i", "Index").method(Aggregation::Copeland)),
    )
    .build()
    .unwrap()
}

const UNITS: [&str; 4] = ["A", "B", "C", "D"];
/// Raw values of A, B, C, D (made up: inputs for a hand computation).
const X: [f64; 4] = [4.0, 3.0, 3.0, 1.0];
const Y: [f64; 4] = [1.0, 2.0, 3.0, 4.0];
const Z: [f64; 4] = [2.0, 1.0, 4.0, 3.0];

fn table(extra: Option<(&str, f64)>) -> IndicatorTable {
    let mut units: Vec<&str> = UNITS.to_vec();
    let (mut x, mut y, mut z): (Vec<_>, Vec<_>, Vec<_>) = (
        X.iter().map(|&v| Some(v)).collect(),
        Y.iter().map(|&v| Some(v)).collect(),
        Z.iter().map(|&v| Some(v)).collect(),
    );
    if let Some((unit, value)) = extra {
        units.push(unit);
        x.push(Some(value));
        y.push(None);
        z.push(None);
    }
    IndicatorTable::new(units)
        .unwrap()
        .with_column("x", x)
        .unwrap()
        .with_column("y", y)
        .unwrap()
        .with_column("z", z)
        .unwrap()
}

fn assert_close(actual: Option<f64>, expected: f64) {
    let actual = actual.unwrap();
    assert!((actual - expected).abs() < 1e-9, "{actual} != {expected}");
}

/// Weights x 2, y 1, z 1 (z: lower is better, so its order of merit is B, A, D, C).
///
/// | pair | x (2) | y (1) | z (1) | for / against | outcome |
/// |---|---|---|---|---|---|
/// | A-B | A | B | B | 2 / 2 | tie |
/// | A-C | A | C | A | 3 / 1 | A wins |
/// | A-D | A | D | A | 3 / 1 | A wins |
/// | B-C | tie (3 = 3) | C | B | 1 / 1 | tie |
/// | B-D | B | D | B | 3 / 1 | B wins |
/// | C-D | C | D | D | 2 / 2 | tie |
///
/// Wins / ties / losses, C = wins − losses, score 100 (wins + ties/2) / 3:
/// A 2/1/0, C = 2, 250/3; B 1/2/0, C = 1, 200/3; C 0/2/1, C = −1, 100/3;
/// D 0/1/2, C = −2, 50/3.
#[test]
fn hand_computed_scores_with_unequal_weights_and_ties() {
    let scores = Pipeline::new().run(&framework(), &table(None)).unwrap();
    for (unit, expected) in UNITS.iter().zip([250.0, 200.0, 100.0, 50.0]) {
        assert_close(scores.score("i", unit), expected / 3.0);
    }
    assert_eq!(scores.ranks("i"), [Some(1), Some(2), Some(3), Some(4)]);
}

/// The node score is `50 (1 + C / (n − 1))` with `C` the score of `mcdm::copeland` on the
/// raw decision matrix (same vote, same weights, z a cost criterion).
#[test]
fn node_scores_are_mcdm_copeland_rescaled() {
    let rows: Vec<[f64; 3]> = (0..4).map(|u| [X[u], Y[u], Z[u]]).collect();
    let m = DecisionMatrix::from_rows(
        &rows,
        &[
            Direction::HigherIsBetter,
            Direction::HigherIsBetter,
            Direction::LowerIsBetter,
        ],
    )
    .unwrap();
    let c = copeland(&m, &[2.0, 1.0, 1.0]).unwrap().scores;
    assert_eq!(c, [2.0, 1.0, -1.0, -2.0]);
    let scores = Pipeline::new().run(&framework(), &table(None)).unwrap();
    for (u, unit) in UNITS.iter().enumerate() {
        assert_close(scores.score("i", unit), 50.0 * (1.0 + c[u] / 3.0));
    }
}

/// E has only `x` (2.5: below A, B, C, above D). Skipping missing children, pairs with E
/// are decided on `x` alone: E 1/0/3 -> 25; A 3/1/0 -> 87.5; B 2/2/0 -> 75;
/// C 1/2/1 -> 50; D 0/1/3 -> 12.5 (n − 1 = 4). Propagating, E has no score and the others
/// keep the four-unit scores.
#[test]
fn missing_children_follow_the_pipeline_rule() {
    let t = table(Some(("E", 2.5)));
    let skip = Pipeline::new().run(&framework(), &t).unwrap();
    for (unit, expected) in ["A", "B", "C", "D", "E"]
        .iter()
        .zip([87.5, 75.0, 50.0, 12.5, 25.0])
    {
        assert_close(skip.score("i", unit), expected);
    }
    let propagate = Pipeline::new()
        .missing_children(MissingChildren::Propagate)
        .run(&framework(), &t)
        .unwrap();
    assert_eq!(propagate.score("i", "E"), None);
    for (unit, expected) in UNITS.iter().zip([250.0, 200.0, 100.0, 50.0]) {
        assert_close(propagate.score("i", unit), expected / 3.0);
    }
}

#[test]
fn a_lone_unit_scores_50_and_combine_is_a_typed_error() {
    let t = IndicatorTable::new(["only"])
        .unwrap()
        .with_column("x", vec![Some(1.0)])
        .unwrap()
        .with_column("y", vec![Some(2.0)])
        .unwrap()
        .with_column("z", vec![Some(3.0)])
        .unwrap();
    let scores = Pipeline::new().run(&framework(), &t).unwrap();
    assert_eq!(scores.score("i", "only"), Some(50.0));
    assert_eq!(
        Aggregation::Copeland.combine(&[1.0, 2.0], &[1.0, 1.0]),
        Err(MethodError::AcrossUnits { method: "copeland" })
    );
}

/// A Copeland dimension under an arithmetic index: its 0-100 scores combine upward.
#[test]
fn a_copeland_node_combines_upward() {
    let fw = with_xyz(
        Framework::builder()
            .aggregate(Aggregate::new("index", "Index"))
            .aggregate(
                Aggregate::new("i", "Outranking")
                    .parent("index")
                    .method(Aggregation::Copeland)
                    .weight(3.0),
            ),
    )
    .indicator(Indicator::new("w", "W").parent("index"))
    .build()
    .unwrap();
    // w min-max normalized: A 0, B 100, C 50, D 100.
    let t = table(None)
        .with_column("w", vec![Some(0.0), Some(2.0), Some(1.0), Some(2.0)])
        .unwrap();
    let scores = Pipeline::new().run(&fw, &t).unwrap();
    for (u, unit) in UNITS.iter().enumerate() {
        let copeland = [250.0, 200.0, 100.0, 50.0][u] / 3.0;
        let w = [0.0, 100.0, 50.0, 100.0][u];
        assert_close(scores.score("index", unit), 0.75 * copeland + 0.25 * w);
    }
}

/// A's standings: on x above B, C, D (1); on y below all (0); on z above C and D, below
/// B (2/3). Effective weights 1/2, 1/4, 1/4, so `w p` = 1/2, 0, 1/6 (sum 2/3) and the
/// score 250/3 splits 3/4, 0, 1/4.
#[test]
fn explanations_attribute_by_pairwise_standing_and_add_up() {
    let scores = Pipeline::new()
        .run(&framework(), &table(Some(("E", 2.5))))
        .unwrap();
    let t = table(None);
    let four = Pipeline::new().run(&framework(), &t).unwrap();
    let a = four.explain("A").unwrap();
    let c: Vec<f64> = a.contributions.iter().map(|c| c.contribution).collect();
    assert_close(Some(c[0]), 0.75 * 250.0 / 3.0);
    assert_close(Some(c[1]), 0.0);
    assert_close(Some(c[2]), 0.25 * 250.0 / 3.0);
    for unit in ["A", "B", "C", "D", "E"] {
        let e = scores.explain(unit).unwrap();
        let total: f64 = e.contributions.iter().map(|c| c.contribution).sum();
        assert!(e.contributions.iter().all(|c| c.contribution.is_finite()));
        assert!((total - e.score.unwrap()).abs() < 1e-9, "{unit}");
    }
    assert_eq!(four.rerun(&t).unwrap(), four);
}

#[test]
fn framework_files_name_it_copeland_and_round_trip() {
    let toml = r#"
        [[aggregate]]
        id = "i"
        method = "copeland"
        [[indicator]]
        id = "a"
        parent = "i"
        [[indicator]]
        id = "b"
        parent = "i"
        weight = 2
    "#;
    let json = r#"{"aggregate": [{"id": "i", "method": "copeland"}],
        "indicator": [{"id": "a", "parent": "i"}, {"id": "b", "parent": "i", "weight": 2}]}"#;
    let fw = Framework::from_toml_str(toml).unwrap();
    assert_eq!(fw.aggregates()[0].method, Aggregation::Copeland);
    assert_eq!(Framework::from_json_str(json).unwrap(), fw);
    let written = fw.to_toml().unwrap();
    assert!(written.contains("method = \"copeland\""), "{written}");
    assert_eq!(Framework::from_toml_str(&written).unwrap(), fw);
    let bad = toml.replace("copeland\"", "copeland\"\np = 2");
    assert!(Framework::from_toml_str(&bad).is_err());
}

/// Six indicators under three arithmetic dimensions, the index by `root`; 30 units.
fn dimensions(root: Aggregation) -> (Framework, IndicatorTable) {
    let mut b = Framework::builder()
        .aggregate(Aggregate::new("index", "Index").method(root))
        .aggregate(Aggregate::new("d1", "D1").parent("index"))
        .aggregate(Aggregate::new("d2", "D2").parent("index").weight(2.0))
        .aggregate(Aggregate::new("d3", "D3").parent("index"));
    let ids = ["a1", "a2", "b1", "b2", "c1", "c2"];
    for (k, id) in ids.iter().enumerate() {
        b = b.indicator(Indicator::new(*id, *id).parent(["d1", "d2", "d3"][k / 2]));
    }
    let names: Vec<String> = (0..30).map(|u| format!("u{u:02}")).collect();
    let mut t = IndicatorTable::new(names).unwrap();
    for (k, id) in ids.iter().enumerate() {
        // A deterministic scramble of the units, some missing.
        let column = (0..30)
            .map(|u: usize| {
                ((u * 7 + k * 3) % 13 != 0).then_some(((u * (k + 5) * 37) % 101) as f64)
            })
            .collect();
        t = t.with_column(*id, column).unwrap();
    }
    (b.build().unwrap(), t)
}

#[test]
fn copeland_as_an_uncertainty_alternative_is_the_pipelines_and_deterministic() {
    let (fw, t) = dimensions(Aggregation::Arithmetic);
    let pipeline = Pipeline::new().imputation(Imputation::Mean);
    // One alternative, Copeland at the index: every replication is the pipeline's
    // Copeland run.
    let (copeland_fw, _) = dimensions(Aggregation::Copeland);
    let expected: Vec<u32> = pipeline
        .run(&copeland_fw, &t)
        .unwrap()
        .ranks("index")
        .into_iter()
        .map(|r| r.unwrap() as u32)
        .collect();
    let only = Uncertainty::new(&fw, &t, pipeline.clone())
        .factor(Factor::aggregation(
            "aggregation",
            Scope::Nodes(vec!["index".to_owned()]),
            [Aggregation::Copeland],
        ))
        .replication_ranks(ReplicationRanks::Keep)
        .run(20, 5)
        .unwrap();
    for ranks in only.ranks().replication_ranks().unwrap() {
        assert_eq!(ranks, &expected);
    }
    // Copeland among alternatives: same seed, same result, on one or two threads.
    let mixed = Uncertainty::new(&fw, &t, pipeline).factor(Factor::aggregation(
        "aggregation",
        Scope::All,
        [Aggregation::Arithmetic, Aggregation::Copeland],
    ));
    let run = |threads: usize| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
            .install(|| (mixed.run(400, 11).unwrap(), mixed.sobol(100, 11).unwrap()))
    };
    let (one, two) = (run(1), run(2));
    assert_eq!(one, two);
    assert!(one.0.ranks().mean_absolute_rank_shift() > 0.0);
}
