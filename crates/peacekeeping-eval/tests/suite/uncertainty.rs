//! The uncertainty analysis of a pipeline's method choices (`Uncertainty`): determinism
//! for a seed whatever the number of threads, agreement with `Pipeline::run`, Sobol
//! indices against exact values computed by enumerating every configuration, failing
//! replications reported, validation, and leave-one-indicator-out against frameworks
//! rebuilt without the indicator.

use peacekeeping_eval::{
    Aggregate, Aggregation, Draw, Factor, Framework, FrameworkError, Imputation, Indicator,
    IndicatorTable, MethodError, Noise, Normalization, Pipeline, ReplicationRanks, Scope,
    Uncertainty, UncertaintyError,
};

const INDICATORS: [&str; 6] = ["a1", "a2", "b1", "b2", "c1", "c2"];

/// Index -> dimensions d1 (a1, a2), d2 (b1, b2), d3 (c1, c2); `root` is the index's
/// method, `weights` the indicators' weights.
fn framework(root: Aggregation, weights: [f64; 6], skip: Option<usize>) -> Framework {
    let mut b = Framework::builder()
        .aggregate(Aggregate::new("index", "Index").method(root))
        .aggregate(Aggregate::new("d1", "D1").parent("index"))
        .aggregate(Aggregate::new("d2", "D2").parent("index"))
        .aggregate(Aggregate::new("d3", "D3").parent("index").weight(2.0));
    for (i, id) in INDICATORS.iter().enumerate() {
        if skip == Some(i) {
            continue;
        }
        let parent = ["d1", "d2", "d3"][i / 2];
        b = b.indicator(Indicator::new(*id, *id).parent(parent).weight(weights[i]));
    }
    b.build().unwrap()
}

/// `units` units with seeded values in [1, 101) (a fixed LCG), some missing.
fn table(units: usize, missing: bool) -> IndicatorTable {
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = || {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    let names: Vec<String> = (0..units).map(|u| format!("u{u:02}")).collect();
    let mut t = IndicatorTable::new(names).unwrap();
    for (i, id) in INDICATORS.iter().enumerate() {
        let column = (0..units)
            .map(|u| {
                let v = 1.0 + 100.0 * next();
                (!(missing && (u * 7 + i * 3) % 11 == 0)).then_some(v)
            })
            .collect();
        t = t.with_column(*id, column).unwrap();
    }
    t
}

const EQUAL: [f64; 6] = [1.0; 6];

/// The index ranks of `pipeline` on `fw` and `t`, every unit scored.
fn index_ranks(pipeline: &Pipeline, fw: &Framework, t: &IndicatorTable) -> Vec<usize> {
    pipeline
        .run(fw, t)
        .unwrap()
        .ranks(fw.root_id())
        .into_iter()
        .map(Option::unwrap)
        .collect()
}

fn analysis<'a>(fw: &'a Framework, t: &'a IndicatorTable) -> Uncertainty<'a> {
    Uncertainty::new(fw, t, Pipeline::new().imputation(Imputation::Mean))
        .factor(Factor::imputation(
            "imputation",
            [Some(Imputation::Mean), Some(Imputation::Median), None],
        ))
        .factor(Factor::normalization(
            "normalization",
            [
                Normalization::min_max_100(),
                Normalization::rank(),
                Normalization::percentile_rank(),
            ],
        ))
        .factor(Factor::aggregation(
            "aggregation",
            Scope::Level(1),
            [Aggregation::Arithmetic, Aggregation::Geometric],
        ))
        .factor(Factor::weight_noise(
            "weights",
            Scope::All,
            Noise::Normal { sd: 0.2 },
        ))
}

#[test]
fn same_seed_same_result_on_one_or_two_threads() {
    let fw = framework(Aggregation::Arithmetic, EQUAL, None);
    let t = table(40, true);
    let a = analysis(&fw, &t).replication_ranks(ReplicationRanks::Keep);
    let two = rayon::ThreadPoolBuilder::new()
        .num_threads(2)
        .build()
        .unwrap()
        .install(|| (a.run(1_500, 9).unwrap(), a.sobol(300, 9).unwrap()));
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap()
        .install(|| (a.run(1_500, 9).unwrap(), a.sobol(300, 9).unwrap()));
    assert_eq!(two, one);
    assert_eq!(a.run(1_500, 9).unwrap(), two.0);
    let other = a.run(1_500, 10).unwrap();
    assert_ne!(
        other.ranks().replication_ranks(),
        two.0.ranks().replication_ranks()
    );
}

#[test]
fn nominal_ranks_are_the_pipelines_and_lie_within_the_5_95_band() {
    let fw = framework(Aggregation::Arithmetic, EQUAL, None);
    let t = table(40, true);
    let pipeline = Pipeline::new().imputation(Imputation::Mean);
    let expected = index_ranks(&pipeline, &fw, &t);
    let result = analysis(&fw, &t).run(4_000, 1).unwrap();
    assert_eq!(result.units(), t.units());
    assert_eq!(result.ranks().nominal_ranks(), expected);
    let (p5, p95) = (
        result.ranks().percentile_5(),
        result.ranks().percentile_95(),
    );
    let (median, mean) = (result.ranks().median(), result.ranks().mean());
    for (u, &nominal) in expected.iter().enumerate() {
        assert!(p5[u] <= nominal && nominal <= p95[u], "unit {u}");
        assert!(p5[u] <= median[u] && median[u] <= p95[u]);
        assert!(mean[u].is_finite() && mean[u] >= 1.0 && mean[u] <= 40.0);
        let interval = result.interval(&t.units()[u]).unwrap();
        assert_eq!(
            (interval.nominal, interval.p5, interval.median, interval.p95),
            (nominal, p5[u], median[u], p95[u])
        );
    }
    assert_eq!(result.interval("no such unit"), None);
    assert!(result.ranks().mean_absolute_rank_shift() > 0.0);
}

#[test]
fn a_single_nominal_alternative_reproduces_the_nominal_ranks_every_time() {
    // One alternative equal to the nominal setting: every replication is the nominal run.
    let fw = framework(Aggregation::Arithmetic, EQUAL, None);
    let t = table(25, true);
    let result = Uncertainty::new(&fw, &t, Pipeline::new().imputation(Imputation::Median))
        .factor(Factor::imputation("imputation", [Some(Imputation::Median)]))
        .factor(Factor::normalization(
            "normalization",
            [Normalization::min_max_100()],
        ))
        .factor(Factor::aggregation(
            "aggregation",
            Scope::All,
            [Aggregation::Arithmetic],
        ))
        .replication_ranks(ReplicationRanks::Keep)
        .run(50, 3)
        .unwrap();
    let nominal: Vec<u32> = result
        .ranks()
        .nominal_ranks()
        .iter()
        .map(|&r| r as u32)
        .collect();
    for ranks in result.ranks().replication_ranks().unwrap() {
        assert_eq!(ranks, &nominal);
    }
    assert_eq!(result.ranks().mean_absolute_rank_shift(), 0.0);
}

/// Exact first-order and total indices of the mean absolute rank shift over a finite grid
/// of equally likely choices, each configuration run through `Pipeline::run` on a
/// framework rebuilt with the chosen method (an independent path).
fn exact_indices(t: &IndicatorTable, nominal: &[usize]) -> (Vec<f64>, Vec<f64>) {
    let normalizations = [
        Normalization::min_max_100(),
        Normalization::rank(),
        Normalization::ZScore {
            mean: 10.0,
            sd: 2.0,
        },
    ];
    let methods = [Aggregation::Arithmetic, Aggregation::Minimum];
    let imputations = [Imputation::Mean, Imputation::Median];
    // y[n][m][i]
    let mut y = vec![vec![vec![0.0; 2]; 2]; 3];
    for (n, norm) in normalizations.iter().enumerate() {
        for (m, method) in methods.iter().enumerate() {
            for (i, imp) in imputations.iter().enumerate() {
                let fw = framework(*method, EQUAL, None);
                let pipeline = Pipeline::new()
                    .imputation(imp.clone())
                    .normalization(norm.clone());
                let shift: usize = index_ranks(&pipeline, &fw, t)
                    .iter()
                    .zip(nominal)
                    .map(|(r, &n)| r.abs_diff(n))
                    .sum();
                y[n][m][i] = shift as f64 / nominal.len() as f64;
            }
        }
    }
    let all: Vec<f64> = y.iter().flatten().flatten().copied().collect();
    let mean = all.iter().sum::<f64>() / all.len() as f64;
    let var = all.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / all.len() as f64;
    let sizes = [3usize, 2, 2];
    let at = |c: [usize; 3]| y[c[0]][c[1]][c[2]];
    let mut first = Vec::new();
    let mut total = Vec::new();
    for f in 0..3 {
        // Var(E[Y | X_f]) and E[Var(Y | X_~f)].
        let mut conditional_means = Vec::new();
        for level in 0..sizes[f] {
            let vals: Vec<f64> = grid().filter(|c| c[f] == level).map(at).collect();
            conditional_means.push(vals.iter().sum::<f64>() / vals.len() as f64);
        }
        let v_first = conditional_means
            .iter()
            .map(|m| (m - mean).powi(2))
            .sum::<f64>()
            / sizes[f] as f64;
        let mut e_var = 0.0;
        let mut groups = 0.0;
        for c in grid().filter(|c| c[f] == 0) {
            let vals: Vec<f64> = (0..sizes[f])
                .map(|level| {
                    let mut c = c;
                    c[f] = level;
                    at(c)
                })
                .collect();
            let m = vals.iter().sum::<f64>() / vals.len() as f64;
            e_var += vals.iter().map(|v| (v - m).powi(2)).sum::<f64>() / vals.len() as f64;
            groups += 1.0;
        }
        first.push(v_first / var);
        total.push(e_var / groups / var);
    }
    (first, total)
}

fn grid() -> impl Iterator<Item = [usize; 3]> {
    (0..3).flat_map(|n| (0..2).flat_map(move |m| (0..2).map(move |i| [n, m, i])))
}

#[test]
fn sobol_indices_match_exact_values_from_enumerating_every_configuration() {
    let fw = framework(Aggregation::Arithmetic, EQUAL, None);
    let t = table(30, true);
    let nominal = index_ranks(&Pipeline::new().imputation(Imputation::Mean), &fw, &t);
    let (first, total) = exact_indices(&t, &nominal);
    let s = Uncertainty::new(&fw, &t, Pipeline::new().imputation(Imputation::Mean))
        .factor(Factor::normalization(
            "normalization",
            [
                Normalization::min_max_100(),
                Normalization::rank(),
                Normalization::ZScore {
                    mean: 10.0,
                    sd: 2.0,
                },
            ],
        ))
        .factor(Factor::aggregation(
            "aggregation",
            Scope::Level(0),
            [Aggregation::Arithmetic, Aggregation::Minimum],
        ))
        .factor(Factor::imputation(
            "imputation",
            [Some(Imputation::Mean), Some(Imputation::Median)],
        ))
        .sobol(8_000, 5)
        .unwrap();
    assert!(s.failures().is_empty());
    let shift = s.rank_shift().unwrap();
    for f in 0..3 {
        // Within 4 Monte Carlo standard errors (plus a hair for the design's own error).
        let tol_s = 4.0 * shift.first_order_std_error[f] + 0.01;
        let tol_t = 4.0 * shift.total_std_error[f] + 0.01;
        assert!(
            (shift.first_order[f] - first[f]).abs() < tol_s,
            "factor {f}: S1 {} vs exact {}",
            shift.first_order[f],
            first[f]
        );
        assert!(
            (shift.total[f] - total[f]).abs() < tol_t,
            "factor {f}: ST {} vs exact {}",
            shift.total[f],
            total[f]
        );
    }
    // The exact values are not degenerate: the check means something.
    assert!(total.iter().all(|&x| x > 0.01), "{total:?}");
}

#[test]
fn an_inert_factor_gets_zero_and_a_deciding_one_gets_one() {
    // No value is missing, so the imputation cannot matter; the root's method alone
    // moves the ranks.
    let fw = framework(Aggregation::Arithmetic, EQUAL, None);
    let t = table(30, false);
    let s = Uncertainty::new(&fw, &t, Pipeline::new())
        .factor(Factor::imputation(
            "imputation",
            [None, Some(Imputation::Mean), Some(Imputation::Median)],
        ))
        .factor(Factor::aggregation(
            "aggregation",
            Scope::Level(0),
            [Aggregation::Arithmetic, Aggregation::Minimum],
        ))
        .sobol(2_000, 8)
        .unwrap();
    let shift = s.rank_shift().unwrap();
    // f(A_B^(imputation)) = f(A) on every row: exactly 0.
    assert_eq!(shift.first_order[0], 0.0);
    assert_eq!(shift.total[0], 0.0);
    assert!((shift.total[1] - 1.0).abs() < 0.1, "{:?}", shift.total);
    assert!(
        (shift.first_order[1] - 1.0).abs() < 0.1,
        "{:?}",
        shift.first_order
    );
    // Per unit: wherever a unit's rank varies, the aggregation explains it all.
    let varying: Vec<_> = s.unit_ranks().iter().flatten().collect();
    assert!(!varying.is_empty());
    for idx in varying {
        assert_eq!(idx.total[0], 0.0);
        assert!((idx.total[1] - 1.0).abs() < 0.15, "{:?}", idx.total);
    }
}

#[test]
fn failing_replications_are_counted_and_reported_never_dropped() {
    // z-scores are negative below the mean: a geometric mean fails on them.
    let fw = framework(Aggregation::Arithmetic, EQUAL, None);
    let t = table(20, false);
    let z = Normalization::ZScore { mean: 0.0, sd: 1.0 };
    let analysis = |normalizations: Vec<Normalization>, methods: Vec<Aggregation>| {
        Uncertainty::new(&fw, &t, Pipeline::new())
            .factor(Factor::normalization("normalization", normalizations))
            .factor(Factor::aggregation("aggregation", Scope::All, methods))
    };
    let a = analysis(
        vec![Normalization::min_max_100(), z.clone()],
        vec![Aggregation::Arithmetic, Aggregation::Geometric],
    );
    let result = a.run(2_000, 4).unwrap();
    let failed = result.failures().len();
    // Expected share: 1/4 (z-score and geometric).
    assert!((400..600).contains(&failed), "{failed}");
    assert_eq!(result.ranks().replications() + failed, 2_000);
    assert_eq!(result.runs(), 2_000);
    assert_eq!(result.ranks().units(), result.units().len());
    for f in result.failures() {
        assert_eq!(f.choices, [Some(1), Some(1)]);
        assert!(matches!(
            f.error,
            UncertaintyError::Pipeline(MethodError::Aggregation { .. })
        ));
    }
    assert!(
        result
            .failures()
            .windows(2)
            .all(|w| w[0].replication < w[1].replication)
    );
    assert_eq!(
        result.failures_by_alternative("normalization"),
        Some(vec![0, failed])
    );
    assert!(result.ranks().mean().iter().all(|m| m.is_finite()));
    assert!(result.ranks().mean_absolute_rank_shift().is_finite());
    // Sobol: the failing rows are reported and left out.
    let s = a.sobol(400, 4).unwrap();
    assert!(!s.failures().is_empty());
    // Only the geometric-and-z-score configurations fail.
    assert!(s.failures().iter().all(|f| f.choices == [Some(1), Some(1)]));
    // All failing: an error naming the first failure.
    let all = analysis(vec![z], vec![Aggregation::Geometric])
        .run(10, 1)
        .unwrap_err();
    assert!(matches!(
        all,
        UncertaintyError::AllFailed { runs: 10, ref first } if first.replication == 0
    ));
}

#[test]
fn invalid_factors_are_typed_errors() {
    let fw = framework(Aggregation::Arithmetic, EQUAL, None);
    let t = table(5, false);
    let run = |factors: Vec<Factor>| {
        factors
            .into_iter()
            .fold(Uncertainty::new(&fw, &t, Pipeline::new()), |a, f| {
                a.factor(f)
            })
            .run(10, 1)
            .unwrap_err()
    };
    let noise = |n: Noise| Factor::weight_noise("w", Scope::All, n);
    assert_eq!(run(vec![]), UncertaintyError::NoFactors);
    assert!(matches!(
        run(vec![Factor::aggregation("agg", Scope::All, [])]),
        UncertaintyError::NoAlternatives { factor } if factor == "agg"
    ));
    for bad in [
        Noise::Uniform { spread: 0.0 },
        Noise::Uniform { spread: 1.0 },
        Noise::Uniform { spread: f64::NAN },
        Noise::Normal { sd: 0.0 },
        Noise::Normal { sd: 1.5 },
    ] {
        assert!(
            matches!(run(vec![noise(bad)]), UncertaintyError::Noise { .. }),
            "{bad:?}"
        );
    }
    assert!(matches!(
        run(vec![Factor::normalization(
            "n",
            [Normalization::MinMax {
                low: 1.0,
                high: 0.0
            }]
        )]),
        UncertaintyError::InvalidAlternative { alternative: 0, .. }
    ));
    // An alternative's power-mean exponent is checked by the framework's own rule, with
    // its message.
    let infinite = Aggregation::Generalized { p: f64::INFINITY };
    let framework_problem = match Framework::builder()
        .aggregate(Aggregate::new("i", "I").method(infinite))
        .indicator(Indicator::new("x", "X").parent("i"))
        .build()
    {
        Err(FrameworkError::Invalid { problems, .. }) => problems[0].message.clone(),
        other => panic!("expected an invalid framework, got {other:?}"),
    };
    assert_eq!(
        framework_problem,
        "the generalized mean's exponent must be finite, got inf"
    );
    assert!(matches!(
        run(vec![Factor::aggregation(
            "agg",
            Scope::All,
            [Aggregation::Arithmetic, infinite]
        )]),
        UncertaintyError::InvalidAlternative { alternative: 1, message, .. }
            if message == framework_problem
    ));
    assert!(matches!(
        run(vec![Factor::weight_noise(
            "w",
            Scope::Nodes(vec!["zz".into()]),
            Noise::Normal { sd: 0.1 }
        )]),
        UncertaintyError::UnknownNode { node, .. } if node == "zz"
    ));
    assert!(matches!(
        run(vec![Factor::aggregation(
            "agg",
            Scope::Nodes(vec!["a1".into()]),
            [Aggregation::Arithmetic]
        )]),
        UncertaintyError::Scope { .. }
    ));
    assert!(matches!(
        run(vec![Factor::aggregation(
            "agg",
            Scope::Level(2),
            [Aggregation::Arithmetic]
        )]),
        UncertaintyError::Scope { .. }
    ));
    assert!(matches!(
        run(vec![noise(Noise::Normal { sd: 0.1 }), Factor::weight_noise("w2", Scope::Level(2), Noise::Normal { sd: 0.1 })]),
        UncertaintyError::Overlap { first, second, .. } if first == "w" && second == "w2"
    ));
    assert!(matches!(
        run(vec![
            noise(Noise::Normal { sd: 0.1 }),
            noise(Noise::Normal { sd: 0.2 })
        ]),
        UncertaintyError::DuplicateFactor { .. }
    ));
    assert!(matches!(
        Uncertainty::new(&fw, &t, Pipeline::new())
            .factor(noise(Noise::Normal { sd: 0.1 }))
            .sobol(1, 1),
        Err(UncertaintyError::TooFew {
            name: "samples",
            ..
        })
    ));
}

#[test]
fn leave_one_indicator_out_matches_frameworks_rebuilt_without_it() {
    let weights = [1.0, 2.0, 1.0, 0.5, 1.0, 3.0];
    let fw = framework(Aggregation::Geometric, weights, None);
    let t = table(30, true);
    let pipeline = Pipeline::new().imputation(Imputation::Median);
    let loo = Uncertainty::new(&fw, &t, pipeline.clone())
        .leave_one_out()
        .unwrap();
    assert_eq!(loo.indicators, INDICATORS);
    for (i, id) in INDICATORS.iter().enumerate() {
        let without = framework(Aggregation::Geometric, weights, Some(i));
        let ranks = index_ranks(&pipeline, &without, &t);
        assert_eq!(loo.shifts.ranks_without[i], ranks, "without {id}");
    }
    assert!(loo.shifts.max_absolute_shift.iter().any(|&s| s > 0));
}

#[test]
fn weight_noise_draws_as_documented_and_matches_rebuilt_frameworks() {
    // Replication r: stream r of the seed, one multiplier per indicator in framework
    // order, uniform on [1 - s, 1 + s); each replication equals the pipeline run on a
    // framework whose weights are multiplied so.
    let weights = [1.0, 2.0, 1.0, 0.5, 1.0, 3.0];
    let fw = framework(Aggregation::Arithmetic, weights, None);
    let t = table(30, true);
    let pipeline = Pipeline::new().imputation(Imputation::Mean);
    let spread = 0.6;
    let result = Uncertainty::new(&fw, &t, pipeline.clone())
        .factor(Factor::weight_noise(
            "weights",
            Scope::Level(2),
            Noise::Uniform { spread },
        ))
        .replication_ranks(ReplicationRanks::Keep)
        .run(6, 21)
        .unwrap();
    let kept = result.ranks().replication_ranks().unwrap();
    let mut moved = false;
    for (r, ranks) in kept.iter().enumerate() {
        let mut draw = Draw::new(21, r);
        let noisy: Vec<f64> = weights
            .iter()
            .map(|w| w * draw.uniform_in(1.0 - spread, 1.0 + spread))
            .collect();
        let rebuilt = framework(Aggregation::Arithmetic, noisy.try_into().unwrap(), None);
        let expected: Vec<u32> = index_ranks(&pipeline, &rebuilt, &t)
            .into_iter()
            .map(|r| r as u32)
            .collect();
        assert_eq!(ranks, &expected, "replication {r}");
        moved |= ranks
            .iter()
            .zip(result.ranks().nominal_ranks())
            .any(|(&a, &b)| a as usize != b);
    }
    assert!(
        moved,
        "the noise never moved a rank: the check would be empty"
    );
}
