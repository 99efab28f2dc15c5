//! The composite-indicator pipeline: each step, robustness rules, ranks, explanations,
//! reproducibility.

use peacekeeping_eval::{
    Aggregate, Aggregation, CoinrMeta, DataError, Direction, Distance, Framework, Imputation,
    Indicator, IndicatorTable, MethodError, MissingChildren, Normalization, OutlierTreatment,
    Pipeline, Reference, ScreenOn, Screening, Stage, builtin,
};
use proptest::prelude::*;

fn flat(method: Aggregation, normalization: Normalization, ids: &[&str]) -> Framework {
    let mut b = Framework::builder().aggregate(Aggregate::new("i", "Index").method(method));
    for id in ids {
        b = b.indicator(
            Indicator::new(*id, *id)
                .parent("i")
                .normalization(normalization.clone()),
        );
    }
    b.build().unwrap()
}

fn table(units: &[&str], columns: &[(&str, Vec<Option<f64>>)]) -> IndicatorTable {
    let mut t = IndicatorTable::new(units.iter().copied()).unwrap();
    for (name, values) in columns {
        t = t.with_column(*name, values.clone()).unwrap();
    }
    t
}

/// The built-in framework and a four-unit table for it. The figures are made up: they are
/// only inputs to exercise the pipeline. unit-2 is best or equal on every indicator,
/// unit-4 worst on every one, unit-3 lacks two of the eighteen.
fn example() -> (Framework, IndicatorTable) {
    let fw = builtin::partnership_effectiveness().unwrap();
    let csv = "\
unit,mandate-delivery,civilian-protection,no-relapse,national-ownership,joint-activities,\
information-sharing,population-confidence,host-consent,joint-training,\
doctrine-compatibility,friction-count,friction-severity,partnership-duration,\
party-personnel,party-count,shared-memberships,common-languages,friction-kinds,\
host-violence-change,force-fatality-rate,ceiling-delivery,host-violence-after,\
contributor-diversity,contributor-continuity
unit-1,60,5,6,3,12,3,50,3,4,3,3,2,5,200,3,3,1,2,0.2,1.0,0.8,0.1,0.6,0.7
unit-2,80,1,9,4,20,4,70,4,8,4,1,1,10,900,4,5,2,1,-1.0,0.2,0.95,-1.2,0.9,0.95
unit-3,70,,8,4,15,,60,3,6,3,2,1.5,8,400,3,4,1,1,-0.5,0.5,0.9,-0.4,0.7,0.8
unit-4,40,12,2,2,5,2,30,2,1,2,6,3,1,10,2,1,0,3,1.5,3.0,0.5,1.0,0.3,0.4
";
    let t = IndicatorTable::from_csv_str(csv, "unit").unwrap();
    (fw, t)
}

#[test]
fn hand_computed_two_level_index() {
    // Two units, a min-max indicator and a goalposts one, arithmetic mean.
    let fw = Framework::builder()
        .aggregate(Aggregate::new("i", "I"))
        .indicator(Indicator::new("a", "A").parent("i"))
        .indicator(
            Indicator::new("b", "B")
                .parent("i")
                .direction(Direction::LowerIsBetter)
                .weight(3.0)
                .normalization(Normalization::Goalposts {
                    min: 0.0,
                    max: 10.0,
                    scale: 100.0,
                }),
        )
        .build()
        .unwrap();
    let t = table(
        &["u", "v"],
        &[
            ("a", vec![Some(1.0), Some(3.0)]),
            ("b", vec![Some(2.0), Some(12.0)]),
        ],
    );
    let s = Pipeline::new().run(&fw, &t).unwrap();
    // u: a -> 0, b -> 80: 0.25 * 0 + 0.75 * 80 = 60; v: a -> 100, b -> 0 (capped): 25.
    assert_eq!(s.score("i", "u"), Some(60.0));
    assert_eq!(s.score("i", "v"), Some(25.0));
    assert_eq!(s.ranks("i"), vec![Some(1), Some(2)]);
    let e = s.explain("u").unwrap();
    assert_eq!(e.contributions[1].contribution, 60.0);
    assert_eq!(e.strongest[0], "b");
}

#[test]
fn screening_drops_sparse_units_and_records_them() {
    let fw = flat(Aggregation::Arithmetic, Normalization::rank(), &["a", "b"]);
    let t = table(
        &["u", "v", "w"],
        &[
            ("a", vec![Some(1.0), None, Some(2.0)]),
            ("b", vec![Some(1.0), None, None]),
        ],
    );
    let s = Pipeline::new()
        .screening(Screening::new(0.5).unwrap())
        .run(&fw, &t)
        .unwrap();
    assert_eq!(s.units(), ["u", "w"]);
    let out: Vec<_> = s
        .report()
        .screened_out
        .iter()
        .map(|o| (o.unit.as_str(), o.availability, o.missing.clone()))
        .collect();
    assert_eq!(out, [("v", 0.0, vec!["a".to_owned(), "b".to_owned()])]);
    assert_eq!(s.coverage("w"), Some(0.5));
    let err = Pipeline::new()
        .screening(Screening::new(1.0).unwrap())
        .run(&fw, &table(&["v"], &[("a", vec![None]), ("b", vec![None])]))
        .unwrap_err();
    assert!(matches!(err, MethodError::NoUnits(_)));
}

#[test]
fn denomination_divides_by_the_named_column() {
    let fw = flat(
        Aggregation::Arithmetic,
        Normalization::MinMax {
            low: 0.0,
            high: 1.0,
        },
        &["troops"],
    );
    let t = table(
        &["u", "v", "w"],
        &[
            ("troops", vec![Some(100.0), Some(100.0), Some(5.0)]),
            ("population", vec![Some(10.0), Some(50.0), Some(0.0)]),
        ],
    );
    let s = Pipeline::new()
        .denominate("troops", "population")
        .run(&fw, &t)
        .unwrap();
    assert_eq!(
        s.stage(Stage::Raw, "troops").unwrap(),
        [Some(10.0), Some(2.0), None]
    );
    assert_eq!(s.report().warnings.len(), 1, "{:?}", s.report().warnings);
    let err = Pipeline::new()
        .denominate("troops", "gdp")
        .run(&fw, &t)
        .unwrap_err();
    assert!(matches!(
        err,
        MethodError::MissingColumn {
            kind: "denominator",
            ..
        }
    ));
}

#[test]
fn imputation_methods() {
    let fw = flat(Aggregation::Arithmetic, Normalization::rank(), &["x"]);
    let t = table(
        &["a", "b", "c", "d", "e"],
        &[("x", vec![Some(1.0), Some(2.0), Some(9.0), None, None])],
    )
    .with_group(
        "g",
        ["p", "p", "q", "p", "r"]
            .iter()
            .map(|g| Some((*g).to_owned()))
            .collect(),
    )
    .unwrap();
    let treated = |m: Imputation| {
        Pipeline::new()
            .imputation(m)
            .run(&fw, &t)
            .unwrap()
            .stage(Stage::Treated, "x")
            .unwrap()
            .to_vec()
    };
    assert_eq!(treated(Imputation::Mean)[3], Some(4.0));
    assert_eq!(treated(Imputation::Median)[3], Some(2.0));
    let g = treated(Imputation::GroupMean { group: "g".into() });
    assert_eq!((g[3], g[4]), (Some(1.5), None)); // group r has no value: left missing
    let err = Pipeline::new()
        .imputation(Imputation::GroupMedian {
            group: "nope".into(),
        })
        .run(&fw, &t)
        .unwrap_err();
    assert!(matches!(
        err,
        MethodError::MissingColumn { kind: "group", .. }
    ));
}

#[test]
fn winsorization_follows_coinr() {
    // COINr's own example (vignette "treat"): x = 1..10, 30, 100. Skewness 3.063 and
    // kurtosis 9.741 (e1071 type 2, computed independently in Python) fail the check;
    // winsorizing the highest point (100 -> 30) gives 1.712 and 1.816, which pass.
    let units: Vec<String> = (0..12).map(|k| format!("u{k}")).collect();
    let x: Vec<Option<f64>> = (1..=10)
        .map(f64::from)
        .chain([30.0, 100.0])
        .map(Some)
        .collect();
    let t = IndicatorTable::new(units)
        .unwrap()
        .with_column("x", x)
        .unwrap();
    let fw = flat(Aggregation::Arithmetic, Normalization::rank(), &["x"]);
    let s = Pipeline::new()
        .outliers(OutlierTreatment::coinr())
        .run(&fw, &t)
        .unwrap();
    let r = &s.report().outliers[0];
    assert!(r.skew_before > 2.0 && r.kurtosis_before > 3.5, "{r:?}");
    assert!(!r.log_transformed);
    assert!(
        (r.skew_before - 3.063_241_034_239_498_5).abs() < 1e-12,
        "{r:?}"
    );
    assert!(
        (r.kurtosis_before - 9.741_390_834_569_144).abs() < 1e-12,
        "{r:?}"
    );
    assert!(
        (r.skew_after - 1.712_038_060_089_050_6).abs() < 1e-12,
        "{r:?}"
    );
    assert_eq!(r.winsorized, ["u11"]);
    let treated = s.stage(Stage::Treated, "x").unwrap();
    assert_eq!(treated[11], Some(30.0));
    // With no point allowed, winsorization cannot pass: log_CT of the original values.
    let s = Pipeline::new()
        .outliers(OutlierTreatment::Winsorize {
            skew: 2.0,
            kurtosis: 3.5,
            max_points: 0,
        })
        .run(&fw, &t)
        .unwrap();
    let r = &s.report().outliers[0];
    assert!(r.log_transformed && r.winsorized.is_empty(), "{r:?}");
    let treated = s.stage(Stage::Treated, "x").unwrap();
    assert!((treated[0].unwrap() - (0.99f64).ln()).abs() < 1e-12);
}

/// The column `x` of `t` under `n` (every unit has a value), indicator `x` alone.
fn normalized_x(n: Normalization, t: &IndicatorTable) -> Vec<f64> {
    Pipeline::new()
        .run(&flat(Aggregation::Arithmetic, n, &["x"]), t)
        .unwrap()
        .stage(Stage::Normalized, "x")
        .unwrap()
        .iter()
        .map(|v| v.unwrap())
        .collect()
}

#[test]
fn normalizations_on_one_column() {
    let t = table(
        &["a", "b", "c", "d"],
        &[("x", vec![Some(2.0), Some(4.0), Some(4.0), Some(10.0)])],
    );
    let run = |n: Normalization| normalized_x(n, &t);
    assert_eq!(
        run(Normalization::MinMax {
            low: 0.0,
            high: 100.0
        }),
        [0.0, 25.0, 25.0, 100.0]
    );
    assert_eq!(run(Normalization::rank()), [1.0, 2.5, 2.5, 4.0]);
    // COINr's n_rank: "min" ties.
    assert_eq!(
        run(Normalization::Rank {
            ties: peacekeeping_eval::Ties::Min
        }),
        [1.0, 2.0, 2.0, 4.0]
    );
    assert_eq!(
        run(Normalization::percentile_rank()),
        [0.0, 50.0, 50.0, 100.0]
    );
    assert_eq!(run(Normalization::Borda), [0.0, 1.5, 1.5, 3.0]);
    let z = run(Normalization::ZScore { mean: 0.0, sd: 1.0 });
    assert!((z.iter().sum::<f64>()).abs() < 1e-12);
    assert_eq!(
        run(Normalization::DistanceToReference {
            reference: Reference::Unit("b".into()),
            form: Distance::Ratio,
            scale: 100.0
        }),
        [50.0, 100.0, 100.0, 250.0]
    );
    // The reference as a statistic of the column (2, 4, 4, 10: mean 5, median 4, min 2,
    // max 10), as a ratio or a relative difference (the Handbook's two forms).
    let to = |reference: Reference, form: Distance, scale: f64| {
        run(Normalization::DistanceToReference {
            reference,
            form,
            scale,
        })
    };
    assert_eq!(
        to(Reference::Mean, Distance::Ratio, 100.0),
        [40.0, 80.0, 80.0, 200.0]
    );
    assert_eq!(
        to(Reference::Median, Distance::Relative, 1.0),
        [-0.5, 0.0, 0.0, 1.5]
    );
    assert_eq!(
        to(Reference::Max, Distance::Ratio, 1.0),
        [0.2, 0.4, 0.4, 1.0]
    );
    assert_eq!(
        to(Reference::Min, Distance::Relative, 100.0),
        [0.0, 100.0, 100.0, 400.0]
    );
    assert_eq!(
        run(Normalization::DistanceToTarget {
            target: 6.0,
            scale: 1.0
        }),
        [0.0, 0.5, 0.5, 1.0]
    );
}

/// The rank normalizations' tie rule and the two percentile definitions, against pandas
/// and COINr's formula: `tests/fixtures/percentile_ranks.json` (written by
/// `scripts/percentile_fixtures.py`, pandas 3.1.2): `100 rank / n` is pandas'
/// `rank(pct=True)` under average, min, max and first (our ordinal) ties;
/// `100 (rank - 1) / (n - 1)` with min ties is COINr's `n_prank`.
#[test]
fn percentile_ranks_match_pandas_and_coinr() {
    use peacekeeping_eval::{Percentile, Ties};
    let fixture: serde_json::Value =
        serde_json::from_str(include_str!("../fixtures/percentile_ranks.json")).unwrap();
    let cases = fixture["cases"].as_array().unwrap();
    assert_eq!(cases.len(), 300);
    let numbers = |v: &serde_json::Value| -> Vec<f64> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_f64().unwrap())
            .collect()
    };
    let mut compared = 0;
    for (k, case) in cases.iter().enumerate() {
        let values = numbers(&case["values"]);
        let units: Vec<String> = (0..values.len()).map(|u| format!("u{u}")).collect();
        let t = IndicatorTable::new(units.iter().map(String::as_str))
            .unwrap()
            .with_column("x", values.iter().map(|&v| Some(v)).collect())
            .unwrap();
        let run = |n: Normalization| normalized_x(n, &t);
        let mut check = |found: Vec<f64>, expected: Vec<f64>, what: &str| {
            for (u, (f, e)) in found.iter().zip(&expected).enumerate() {
                assert!(
                    (f - e).abs() < 1e-9,
                    "case {k}, {what}, unit {u}: {f} vs {e}"
                );
            }
            compared += 1;
        };
        for (name, ties) in [
            ("average", Ties::Average),
            ("min", Ties::Min),
            ("max", Ties::Max),
            ("first", Ties::Ordinal),
        ] {
            let found = run(Normalization::PercentileRank {
                ties,
                definition: Percentile::Share,
            });
            check(found, numbers(&case["share"][name]), name);
        }
        if let Some(expected) = case.get("inclusive_min") {
            let found = run(Normalization::PercentileRank {
                ties: Ties::Min,
                definition: Percentile::Inclusive,
            });
            check(found, numbers(expected), "inclusive, min");
        }
    }
    assert!(compared > 1400, "{compared}");
}

/// Screening before imputation (the default) leaves out a unit lacking a value; after
/// imputation (COINr's `build_example_coin()`: `Screen(dset = "Imputed")`) the value
/// imputed for it counts, and only a unit imputation could not fill is left out; the
/// report's imputed values are those of the units kept.
#[test]
fn screening_runs_before_or_after_imputation() {
    let t = table(
        &["a", "b", "c", "d"],
        &[
            ("x", vec![Some(1.0), None, Some(3.0), None]),
            ("y", vec![Some(2.0), Some(4.0), Some(6.0), None]),
        ],
    );
    let fw = flat(
        Aggregation::Arithmetic,
        Normalization::min_max_100(),
        &["x", "y"],
    );
    let run = |when: ScreenOn| {
        Pipeline::new()
            .screening(Screening::new(1.0).unwrap())
            .imputation(Imputation::Mean)
            .screen_on(when)
            .run(&fw, &t)
            .unwrap()
    };
    let out = |s: &peacekeeping_eval::Scores| -> Vec<String> {
        s.report()
            .screened_out
            .iter()
            .map(|o| o.unit.clone())
            .collect()
    };
    let before = run(ScreenOn::Raw);
    assert_eq!(out(&before), ["b", "d"]);
    assert_eq!(before.units(), ["a", "c"]);
    assert!(before.report().imputed.is_empty());
    // After: the mean imputation fills b's x (2) and d's x and y (2 and 4), so every
    // unit is complete and kept; x's imputed values are counted for b and d.
    let after = run(ScreenOn::Imputed);
    assert!(out(&after).is_empty());
    assert_eq!(after.units(), ["a", "b", "c", "d"]);
    assert_eq!(after.report().imputed.len(), 3);
    assert_eq!(after.stage(Stage::Treated, "x").unwrap()[1], Some(2.0));
}

/// The identity normalization keeps the (transformed) values: a geometric mean of raw
/// positive values, as the HDI's income and the like need; a lower-is-better indicator
/// under it is a framework problem naming the indicator, and the pipeline's default
/// identity refuses one at run time.
#[test]
fn identity_normalization_keeps_the_values() {
    let t = table(
        &["a", "b"],
        &[
            ("x", vec![Some(2.0), Some(9.0)]),
            ("y", vec![Some(8.0), Some(1.0)]),
        ],
    );
    let s = Pipeline::new()
        .run(
            &flat(Aggregation::Geometric, Normalization::Identity, &["x", "y"]),
            &t,
        )
        .unwrap();
    assert_eq!(
        s.stage(Stage::Normalized, "x").unwrap(),
        [Some(2.0), Some(9.0)]
    );
    // (2 · 8)^(1/2) = 4 and (9 · 1)^(1/2) = 3.
    assert!((s.score("i", "a").unwrap() - 4.0).abs() < 1e-12);
    assert!((s.score("i", "b").unwrap() - 3.0).abs() < 1e-12);
    let lower = Framework::builder()
        .aggregate(Aggregate::new("i", "Index"))
        .indicator(
            Indicator::new("x", "X")
                .parent("i")
                .direction(Direction::LowerIsBetter)
                .normalization(Normalization::Identity),
        )
        .build()
        .unwrap_err();
    let text = lower.to_string();
    assert!(text.contains("`x`") && text.contains("identity"), "{text}");
    let fw = Framework::builder()
        .aggregate(Aggregate::new("i", "Index"))
        .indicator(
            Indicator::new("x", "X")
                .parent("i")
                .direction(Direction::LowerIsBetter),
        )
        .build()
        .unwrap();
    let err = Pipeline::new()
        .normalization(Normalization::Identity)
        .run(&fw, &t)
        .unwrap_err();
    assert!(
        matches!(
            err,
            MethodError::Parameter {
                step: "normalization",
                ..
            }
        ),
        "{err}"
    );
}

/// A geometric (or harmonic) mean after min-max normalization scores 0, and ties, every
/// unit worst on any one indicator: the report warns, naming the aggregate, the units and
/// the children at 0, and the remedies; an arithmetic mean or a shifted range gives no
/// such warning.
#[test]
fn a_zero_under_a_geometric_mean_is_reported() {
    let t = table(
        &["a", "b", "c"],
        &[
            ("x", vec![Some(1.0), Some(5.0), Some(9.0)]),
            ("y", vec![Some(7.0), Some(2.0), Some(8.0)]),
        ],
    );
    let zero_warnings = |method: Aggregation, n: Normalization| {
        let s = Pipeline::new()
            .run(&flat(method, n, &["x", "y"]), &t)
            .unwrap();
        let w: Vec<String> = s
            .report()
            .warnings
            .iter()
            .filter(|w| w.contains("score 0 because a child scores 0"))
            .cloned()
            .collect();
        (s.score("i", "a"), s.score("i", "b"), w)
    };
    let (a, b, w) = zero_warnings(Aggregation::Geometric, Normalization::min_max_100());
    assert_eq!((a, b), (Some(0.0), Some(0.0)));
    assert_eq!(w.len(), 1, "{w:?}");
    assert!(
        w[0].contains("aggregate `i` (geometric mean)")
            && w[0].contains("2 unit(s)")
            && w[0].contains("`a` (x)")
            && w[0].contains("`b` (y)")
            && w[0].contains("identity normalization"),
        "{}",
        w[0]
    );
    let (_, _, w) = zero_warnings(Aggregation::Harmonic, Normalization::min_max_100());
    assert_eq!(w.len(), 1);
    let (_, _, w) = zero_warnings(Aggregation::Arithmetic, Normalization::min_max_100());
    assert!(w.is_empty());
    let (a, _, w) = zero_warnings(
        Aggregation::Geometric,
        Normalization::MinMax {
            low: 1.0,
            high: 100.0,
        },
    );
    assert!(a.unwrap() > 0.0 && w.is_empty(), "{w:?}");
}

#[test]
fn aggregation_methods_on_one_unit() {
    let t = table(&["u"], &[("a", vec![Some(1.0)]), ("b", vec![Some(4.0)])]);
    let n = Normalization::Goalposts {
        min: 0.0,
        max: 4.0,
        scale: 4.0,
    };
    let score = |m: Aggregation| {
        Pipeline::new()
            .run(&flat(m, n.clone(), &["a", "b"]), &t)
            .unwrap()
            .score("i", "u")
            .unwrap()
    };
    assert_eq!(score(Aggregation::Arithmetic), 2.5);
    assert_eq!(score(Aggregation::Geometric), 2.0);
    assert_eq!(score(Aggregation::Harmonic), 1.6);
    assert_eq!(score(Aggregation::Minimum), 1.0);
    assert!((score(Aggregation::Generalized { p: 2.0 }) - 8.5f64.sqrt()).abs() < 1e-12);
}

#[test]
fn robustness_rules() {
    // Negative values under a geometric mean: a clear error naming node and unit.
    let fw = flat(
        Aggregation::Geometric,
        Normalization::ZScore { mean: 0.0, sd: 1.0 },
        &["a", "b"],
    );
    let t = table(
        &["u", "v"],
        &[
            ("a", vec![Some(1.0), Some(2.0)]),
            ("b", vec![Some(1.0), Some(2.0)]),
        ],
    );
    let err = Pipeline::new().run(&fw, &t).unwrap_err();
    let MethodError::Aggregation { node, unit, source } = err else {
        panic!("{err}")
    };
    assert_eq!((node.as_str(), unit.as_str()), ("i", "u"));
    assert!(matches!(*source, MethodError::NegativeUnderMean { .. }));
    // Zeros under a geometric mean give 0 (documented), not NaN.
    let fw = flat(
        Aggregation::Geometric,
        Normalization::MinMax {
            low: 0.0,
            high: 1.0,
        },
        &["a", "b"],
    );
    let s = Pipeline::new().run(&fw, &t).unwrap();
    assert_eq!(s.score("i", "u"), Some(0.0));
    // Constant and all-missing columns: documented values and warnings, never NaN.
    let t = table(
        &["u", "v"],
        &[("a", vec![Some(3.0), Some(3.0)]), ("b", vec![None, None])],
    );
    let fw = flat(
        Aggregation::Arithmetic,
        Normalization::MinMax {
            low: 0.0,
            high: 100.0,
        },
        &["a", "b"],
    );
    let s = Pipeline::new().run(&fw, &t).unwrap();
    assert_eq!(s.score("i", "u"), Some(50.0));
    assert_eq!(s.report().warnings.len(), 2, "{:?}", s.report().warnings);
    // Propagate: a missing child means no score.
    let s = Pipeline::new()
        .missing_children(MissingChildren::Propagate)
        .run(&fw, &t)
        .unwrap();
    assert_eq!(s.score("i", "u"), None);
    // NaN and infinity never get into a table.
    assert!(
        IndicatorTable::new(["u"])
            .unwrap()
            .with_column("a", vec![Some(f64::NAN)])
            .is_err()
    );
    assert!(IndicatorTable::from_csv_str("u,a\nx,inf\n", "u").is_err());
    // An invalid default normalization is a parameter error.
    let err = Pipeline::new()
        .normalization(Normalization::ZScore {
            mean: 0.0,
            sd: -1.0,
        })
        .run(&fw, &t)
        .unwrap_err();
    assert!(
        matches!(
            err,
            MethodError::Parameter {
                step: "normalization",
                ..
            }
        ),
        "{err}"
    );
    // Values too far apart for a finite range: an error, not NaN.
    let fw = flat(
        Aggregation::Arithmetic,
        Normalization::MinMax {
            low: 0.0,
            high: 1.0,
        },
        &["a"],
    );
    let err = Pipeline::new()
        .run(
            &fw,
            &table(&["u", "v"], &[("a", vec![Some(-1e308), Some(1e308)])]),
        )
        .unwrap_err();
    assert!(
        matches!(err, MethodError::NormalizationOverflow { .. }),
        "{err}"
    );
    // A log transform of a non-positive value is an error naming the cell.
    let fw = Framework::builder()
        .aggregate(Aggregate::new("i", "I"))
        .indicator(
            Indicator::new("a", "A")
                .parent("i")
                .transform(peacekeeping_eval::Transform::Log),
        )
        .build()
        .unwrap();
    let err = Pipeline::new()
        .run(&fw, &table(&["u"], &[("a", vec![Some(0.0)])]))
        .unwrap_err();
    assert!(matches!(err, MethodError::TransformDomain { ref unit, .. } if unit == "u"));
    assert_eq!(
        err.to_string(),
        "indicator `a`, unit `u`: value 0 is outside the transform's domain"
    );
    // A default goalpost or target outside the transform's domain is named as such, not
    // as a unit's value.
    let run = |fw: &Framework, normalization: Normalization| {
        Pipeline::new()
            .normalization(normalization)
            .run(fw, &table(&["u"], &[("a", vec![Some(2.0)])]))
            .unwrap_err()
    };
    let goalposts = |min, max| Normalization::Goalposts {
        min,
        max,
        scale: 100.0,
    };
    let err = run(&fw, goalposts(0.0, 10.0));
    assert_eq!(
        err,
        MethodError::ParameterDomain {
            indicator: "a".into(),
            parameter: "goalpost min",
            value: 0.0
        }
    );
    assert_eq!(
        err.to_string(),
        "indicator `a`: goalpost min 0 is outside the transform's domain"
    );
    let err = run(
        &fw,
        Normalization::DistanceToTarget {
            target: -1.0,
            scale: 1.0,
        },
    );
    assert_eq!(
        err.to_string(),
        "indicator `a`: target -1 is outside the transform's domain"
    );
    // ln(x + 1e308) overflows at the max goalpost only: it is the one named (the min was).
    let offset = Framework::builder()
        .aggregate(Aggregate::new("i", "I"))
        .indicator(
            Indicator::new("a", "A")
                .parent("i")
                .transform(peacekeeping_eval::Transform::LogOffset(1e308)),
        )
        .build()
        .unwrap();
    assert!(matches!(
        run(&offset, goalposts(0.0, 1.7e308)),
        MethodError::ParameterDomain { parameter: "goalpost max", value, .. } if value == 1.7e308
    ));
}

#[test]
fn a_malformed_table_file_is_a_csv_error_naming_the_file() {
    let file = crate::TempFile::new("malformed-table.csv", b"unit,a\nu,1\nv,\"open\n");
    let err = IndicatorTable::read_csv_file(&file.0, "unit").unwrap_err();
    let DataError::Csv { path, problems } = &err else {
        panic!("expected a CSV error, got {err:?}");
    };
    assert_eq!(path.as_deref(), Some(file.0.as_path()));
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].line, 3);
    assert!(
        err.to_string()
            .starts_with(&format!("{}: invalid CSV table", file.0.display())),
        "{err}"
    );
    // The same text from memory names no file.
    let text = std::fs::read_to_string(&file.0).unwrap();
    assert!(matches!(
        IndicatorTable::from_csv_str(&text, "unit"),
        Err(DataError::Csv { path: None, .. })
    ));
}

#[test]
fn the_builtin_framework_scores_the_example_and_explains() {
    let (fw, t) = example();
    let s = Pipeline::new()
        .imputation(Imputation::Median)
        .run(&fw, &t)
        .unwrap();
    // unit-2 is best or equal on every indicator (after imputation): it ranks first;
    // unit-4 is worst on every one: it ranks last.
    let ranks = s.ranks("effectiveness");
    assert_eq!(ranks[1], Some(1));
    assert_eq!(ranks[3], Some(4));
    for unit in s.units() {
        let e = s.explain(unit).unwrap();
        let total: f64 = e.contributions.iter().map(|c| c.contribution).sum();
        assert!((total - e.score.unwrap()).abs() < 1e-9);
        assert_eq!(e.strongest.len(), 3);
    }
    assert_eq!(s.coverage("unit-3"), Some(22.0 / 24.0));
    assert_eq!(s.report().imputed.len(), 2);
    assert_eq!(s.rerun(&t).unwrap(), s);
}

#[cfg(feature = "serde")]
#[test]
fn the_recorded_configuration_round_trips_and_reproduces() {
    let (fw, t) = example();
    let s = Pipeline::new()
        .imputation(Imputation::Median)
        .outliers(OutlierTreatment::coinr())
        .normalization(Normalization::ZScore {
            mean: 50.0,
            sd: 10.0,
        })
        .run(&fw, &t)
        .unwrap();
    let json = serde_json::to_string(&s).unwrap();
    let back: peacekeeping_eval::Scores = serde_json::from_str(&json).unwrap();
    assert_eq!(back, s);
    assert_eq!(back.rerun(&t).unwrap(), s);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The wide-table reader never panics on arbitrary bytes.
    #[test]
    fn the_table_reader_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(t) = IndicatorTable::read_csv(&bytes[..], "unit") {
            for name in t.column_names() {
                prop_assert!(t.column(name).unwrap().iter().flatten().all(|v| v.is_finite()));
            }
        }
    }

    /// The framework loaders never panic on arbitrary text.
    #[test]
    fn the_framework_loaders_never_panic(text in "\\PC{0,300}") {
        let _ = Framework::from_toml_str(&text);
        let _ = Framework::from_json_str(&text);
        let _ = CoinrMeta::from_csv_str(&text);
    }

    /// Scores stay within the normalization's range under every mean, whatever the data;
    /// and the ranking does not depend on row order.
    #[test]
    fn scores_stay_in_range_and_ranks_ignore_row_order(
        rows in proptest::collection::vec(
            proptest::collection::vec(proptest::option::weighted(0.8, -1e6f64..1e6), 3), 2..12),
        method in 0usize..6,
    ) {
        let method = [
            Aggregation::Arithmetic, Aggregation::Geometric, Aggregation::Harmonic,
            Aggregation::Generalized { p: 3.0 }, Aggregation::Minimum, Aggregation::Copeland,
        ][method];
        let fw = flat(method, Normalization::MinMax { low: 0.0, high: 100.0 }, &["a", "b", "c"]);
        let units: Vec<String> = (0..rows.len()).map(|k| format!("u{k}")).collect();
        let build = |order: &[usize]| {
            let mut t = IndicatorTable::new(order.iter().map(|&k| units[k].clone())).unwrap();
            for (j, id) in ["a", "b", "c"].iter().enumerate() {
                t = t.with_column(*id, order.iter().map(|&k| rows[k][j]).collect()).unwrap();
            }
            t
        };
        let forward: Vec<usize> = (0..rows.len()).collect();
        let backward: Vec<usize> = forward.iter().rev().copied().collect();
        let s = Pipeline::new().run(&fw, &build(&forward)).unwrap();
        let r = Pipeline::new().run(&fw, &build(&backward)).unwrap();
        for (k, unit) in units.iter().enumerate() {
            let v = s.score("i", unit);
            prop_assert!(v.is_none_or(|v| (0.0..=100.0 + 1e-9).contains(&v)), "{v:?}");
            prop_assert_eq!(s.ranks("i")[k], r.ranks("i")[rows.len() - 1 - k]);
        }
    }
}

/// Two dimensions of equal weight: `outcome` (indicators `o1` weight 3, `o2` weight 1)
/// and `context` (`c1`, `c2` weight 1 each, `c0` weight 0).
fn two_dimensions() -> Framework {
    Framework::builder()
        .aggregate(Aggregate::new("index", "Index"))
        .aggregate(Aggregate::new("outcome", "Outcome").parent("index"))
        .aggregate(Aggregate::new("context", "Context").parent("index"))
        .indicator(Indicator::new("o1", "O1").parent("outcome").weight(3.0))
        .indicator(Indicator::new("o2", "O2").parent("outcome"))
        .indicator(Indicator::new("c0", "C0").parent("context").weight(0.0))
        .indicator(Indicator::new("c1", "C1").parent("context"))
        .indicator(Indicator::new("c2", "C2").parent("context"))
        .build()
        .unwrap()
}

/// Four units of [`two_dimensions`]: full (everything); context-only (c0, c1, c2: half the
/// index's weight, none of the outcome's); mostly-outcome (o1, c1: 5/8; outcome 3/4,
/// context 1/2); weightless (o2, c0: 1/8; outcome 1/4).
fn four_units() -> IndicatorTable {
    table(
        &["full", "context-only", "mostly-outcome", "weightless"],
        &[
            ("o1", vec![Some(1.0), None, Some(2.0), None]),
            ("o2", vec![Some(1.0), None, None, Some(3.0)]),
            ("c0", vec![Some(1.0), Some(2.0), None, Some(1.0)]),
            ("c1", vec![Some(1.0), Some(2.0), Some(5.0), None]),
            ("c2", vec![Some(1.0), Some(2.0), None, None]),
        ],
    )
}

/// Each unit screened out, with the dimensions it is short on.
fn short_dimensions(s: &peacekeeping_eval::Scores) -> Vec<(&str, Vec<(String, f64)>)> {
    s.report()
        .screened_out
        .iter()
        .map(|o| (o.unit.as_str(), o.short_dimensions.clone()))
        .collect()
}

#[test]
fn screening_by_weight_and_by_dimension_keeps_thin_evidence_out_of_the_ranking() {
    let fw = two_dimensions();
    // Effective weights: o1 3/8, o2 1/8, c0 0, c1 1/4, c2 1/4.
    // full: everything. context-only: c0, c1, c2 (weight 1/2, outcome 0).
    // mostly-outcome: o1, c1 (weight 3/8 + 1/4 = 5/8; outcome 3/4, context 1/2).
    // weightless: o2 and c0 only (1/8; 2 of 5 indicators).
    let t = four_units();
    // Availability alone (the COINr rule) keeps context-only: 3 of 5 indicators.
    let by_count = Pipeline::new()
        .screening(Screening::new(0.6).unwrap())
        .run(&fw, &t)
        .unwrap();
    assert_eq!(by_count.units(), ["full", "context-only"]);
    // By weight: half the index's weight.
    let by_weight = Pipeline::new()
        .screening(Screening::weight(0.5).unwrap())
        .run(&fw, &t)
        .unwrap();
    assert_eq!(
        by_weight.units(),
        ["full", "context-only", "mostly-outcome"]
    );
    let out = &by_weight.report().screened_out;
    assert_eq!(out.len(), 1);
    assert_eq!(out[0].unit, "weightless");
    assert!((out[0].weight_share - 0.125).abs() < 1e-12);
    assert_eq!(out[0].missing, ["o1", "c1", "c2"]);
    // And a third of each dimension: context-only has no outcome at all.
    let each = Pipeline::new()
        .screening(
            Screening::weight(0.5)
                .unwrap()
                .each_dimension(1.0 / 3.0)
                .unwrap(),
        )
        .run(&fw, &t)
        .unwrap();
    assert_eq!(each.units(), ["full", "mostly-outcome"]);
    assert_eq!(each.rank("mostly-outcome").map(|r| r <= 2), Some(true));
    let out = short_dimensions(&each);
    assert_eq!(
        out,
        [
            ("context-only", vec![("outcome".to_owned(), 0.0)]),
            // o2 is a quarter of the outcome weight: short there too.
            (
                "weightless",
                vec![("outcome".to_owned(), 0.25), ("context".to_owned(), 0.0)]
            ),
        ]
    );
    assert!(
        each.report().screened_out[0].short_dimensions[0]
            .1
            .is_sign_positive()
    );
    assert_eq!(
        each.report().screened_out[0].to_string(),
        "context-only: 3 of 5 indicators, 50.0% of the index weight; too little on outcome 0.0%; missing o1, o2"
    );
    // The rules are checked.
    assert!(Screening::weight(-0.1).is_err());
    assert!(Screening::weight(0.5).unwrap().each_dimension(1.5).is_err());
}

/// One named dimension demanded, the others not: the units of the screening test
/// above (full; context-only: outcome 0; mostly-outcome: outcome 3/4; weightless: outcome
/// 1/4) against half the outcome weight, and a fifth of the index's.
#[test]
fn a_named_dimension_is_demanded_alone() {
    let fw = two_dimensions();
    let t = four_units();
    let rule = Screening::weight(0.2)
        .unwrap()
        .dimension("outcome", 0.5)
        .unwrap();
    let s = Pipeline::new()
        .screening(rule.clone())
        .run(&fw, &t)
        .unwrap();
    assert_eq!(s.units(), ["full", "mostly-outcome"]);
    let out = short_dimensions(&s);
    // context-only carries half the index's weight, but none of the outcome's;
    // weightless a quarter of the outcome's (and an eighth of the index's).
    assert_eq!(
        out,
        [
            ("context-only", vec![("outcome".to_owned(), 0.0)]),
            ("weightless", vec![("outcome".to_owned(), 0.25)]),
        ]
    );
    // The same rule without running the pipeline.
    let screened = rule.apply(&fw, &t).unwrap();
    assert_eq!(screened.kept, ["full", "mostly-outcome"]);
    // Named again, the last share holds; a share outside [0, 1] and a dimension the
    // framework lacks are errors.
    let again = rule.dimension("outcome", 0.0).unwrap();
    assert_eq!(again.min_dimension_shares(), [("outcome".to_owned(), 0.0)]);
    assert_eq!(
        again.apply(&fw, &t).unwrap().kept,
        ["full", "context-only", "mostly-outcome"]
    );
    assert!(
        Screening::weight(0.2)
            .unwrap()
            .dimension("outcome", 1.5)
            .is_err()
    );
    let unknown = Screening::weight(0.2)
        .unwrap()
        .dimension("outcomes", 0.5)
        .unwrap();
    let err = Pipeline::new()
        .screening(unknown.clone())
        .run(&fw, &t)
        .unwrap_err();
    assert!(err.to_string().contains("`outcomes`"), "{err}");
    assert!(unknown.apply(&fw, &t).is_err());
}

/// Indicators that do not apply to a unit leave its shares: the units of the screening
/// test above, with weights o1 3/8, o2 1/8, c0 0, c1 1/4, c2 1/4, computed by hand.
#[test]
fn indicators_that_do_not_apply_leave_a_units_shares() {
    let fw = two_dimensions();
    let t = four_units();
    let rule = Screening::weight(0.5)
        .unwrap()
        .dimension("outcome", 0.5)
        .unwrap();
    // weightless has o2 and c0: 1/8 of the index, a quarter of the outcome: out.
    assert!(
        !rule
            .apply(&fw, &t)
            .unwrap()
            .kept
            .contains(&"weightless".to_owned())
    );
    // o1, c1 and c2 do not apply to it: it has all that applies (o2 is the whole outcome
    // dimension's applicable weight, the context dimension weighs nothing that applies).
    let inapplicable = rule.clone().not_applicable([
        ("weightless", "o1"),
        ("weightless", "c1"),
        ("weightless", "c2"),
        // A cell with a value counts as observed; unknown units and indicators are
        // ignored.
        ("full", "o1"),
        ("nobody", "o1"),
        ("weightless", "nothing"),
    ]);
    assert_eq!(inapplicable.not_applicable_cells().len(), 6);
    let screened = inapplicable.apply(&fw, &t).unwrap();
    assert_eq!(screened.kept, ["full", "mostly-outcome", "weightless"]);
    // Only o1 does not apply: o2 (1/8) of the 5/8 that apply (o2, c1, c2): 1/5; two of
    // the four indicators that apply; outcome: all of it that applies.
    let rule = |weight: f64| {
        Screening::weight(weight)
            .unwrap()
            .dimension("outcome", 1.0)
            .unwrap()
            .not_applicable([("weightless", "o1")])
    };
    let screened = rule(0.25).apply(&fw, &t).unwrap();
    let weightless = screened
        .left_out
        .iter()
        .find(|o| o.unit == "weightless")
        .unwrap();
    assert!((weightless.weight_share - 0.2).abs() < 1e-12);
    assert!((weightless.availability - 0.5).abs() < 1e-12);
    assert!(weightless.short_dimensions.is_empty());
    assert_eq!(weightless.missing, ["c1", "c2"]);
    assert_eq!(weightless.not_applicable, ["o1"]);
    assert_eq!(
        weightless.to_string(),
        "weightless: 2 of 4 indicators that apply (1 not applicable: o1), 20.0% of their weight; missing c1, c2"
    );
    assert!(
        rule(0.2)
            .apply(&fw, &t)
            .unwrap()
            .kept
            .contains(&"weightless".to_owned())
    );
    // Nothing that applies at all: nothing to score, never kept by a rule that demands.
    let empty = table(
        &["a", "b"],
        &[
            ("o1", vec![Some(1.0), None]),
            ("o2", vec![Some(2.0), None]),
            ("c0", vec![Some(1.0), None]),
            ("c1", vec![Some(1.0), None]),
            ("c2", vec![Some(1.0), None]),
        ],
    );
    let all = ["o1", "o2", "c0", "c1", "c2"].map(|i| ("b", i));
    let screened = Screening::weight(0.1)
        .unwrap()
        .not_applicable(all)
        .apply(&fw, &empty)
        .unwrap();
    assert_eq!(screened.kept, ["a"]);
    assert_eq!(
        (
            screened.left_out[0].weight_share,
            screened.left_out[0].availability
        ),
        (0.0, 0.0)
    );
    // The pipeline runs the same rule.
    let scores = Pipeline::new()
        .screening(inapplicable)
        .run(&fw, &t)
        .unwrap();
    assert_eq!(scores.units(), ["full", "mostly-outcome", "weightless"]);
}

#[test]
fn a_dimension_no_unit_has_a_value_for_is_not_demanded_and_said_so() {
    let fw = two_dimensions();
    // Nobody has a context indicator: the context dimension tells no unit from another.
    let t = table(
        &["a", "b"],
        &[
            ("o1", vec![Some(1.0), None]),
            ("o2", vec![Some(2.0), Some(3.0)]),
            ("c0", vec![None, None]),
            ("c1", vec![None, None]),
            ("c2", vec![None, None]),
        ],
    );
    let s = Pipeline::new()
        .screening(Screening::new(0.0).unwrap().each_dimension(0.5).unwrap())
        .run(&fw, &t)
        .unwrap();
    // a has all of the outcome weight; b a quarter of it (o2): short on outcome only.
    assert_eq!(s.units(), ["a"]);
    let out = &s.report().screened_out[0];
    assert_eq!(out.short_dimensions, [("outcome".to_owned(), 0.25)]);
    assert!(
        s.report()
            .warnings
            .iter()
            .any(|w| w.contains("dimension `context`") && w.contains("not demanded")),
        "{:?}",
        s.report().warnings
    );
}
