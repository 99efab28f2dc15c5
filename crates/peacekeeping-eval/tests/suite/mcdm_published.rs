//! Multi-criteria methods against published values; each test names its source.

use peacekeeping_eval::{
    DecisionMatrix,
    Direction::{HigherIsBetter as Benefit, LowerIsBetter as Cost},
    MatrixNormalization, PairwiseMatrix, ParameterDistribution, Priorities, RandomIndex,
    ahp_weights, critic_weights, sobol_indices, topsis, vikor,
};

fn close(found: &[f64], expected: &[f64], tolerance: f64) {
    assert_eq!(found.len(), expected.len());
    for (i, (f, e)) in found.iter().zip(expected).enumerate() {
        assert!(
            (f - e).abs() <= tolerance,
            "item {i}: found {f}, expected {e} (tolerance {tolerance})\nfound {found:?}"
        );
    }
}

/// pymcdm's README example (TOPSIS with min-max normalization), printed there to 3
/// decimals: 0.469, 0.255, 0.765, 0.747.
#[test]
fn topsis_pymcdm_readme() {
    let m = DecisionMatrix::from_rows(
        &[
            [4.0, 4.0, 0.2],
            [1.0, 5.0, 0.5],
            [3.0, 2.0, 0.3],
            [4.0, 3.0, 0.5],
        ],
        &[Benefit, Cost, Benefit],
    )
    .unwrap();
    let r = topsis(&m, &[0.3, 0.5, 0.2], MatrixNormalization::MinMax).unwrap();
    close(&r.scores, &[0.469, 0.255, 0.765, 0.747], 5e-4);
    assert_eq!(r.ranks, [3, 4, 1, 2]);
}

/// Tzeng, G.-H. & Huang, J.-J. (2011), *Multiple Attribute Decision Making: Methods and
/// Applications*, CRC Press: TOPSIS with vector normalization, closeness 0.5037, 0.6581,
/// 0.7482, 0.3340 (matrix and weights as transcribed in scikit-criteria's test suite,
/// `tests/agg/test_similarity.py::test_TOPSIS_tzeng2011multiple`).
#[test]
fn topsis_tzeng_huang_2011() {
    let m = DecisionMatrix::from_rows(
        &[
            [5.0, 8.0, 4.0],
            [7.0, 6.0, 8.0],
            [8.0, 8.0, 6.0],
            [7.0, 4.0, 6.0],
        ],
        &[Benefit; 3],
    )
    .unwrap();
    let r = topsis(&m, &[0.3, 0.4, 0.3], MatrixNormalization::Vector).unwrap();
    close(&r.scores, &[0.5037, 0.6581, 0.7482, 0.3340], 5e-5);
    assert_eq!(r.ranks, [3, 2, 1, 4]);
}

/// Opricovic, S. & Tzeng, G.-H. (2004), "Compromise solution by MCDM methods: a
/// comparative analysis of VIKOR and TOPSIS", *EJOR* 156(2), 445-455: risk (cost) and
/// altitude (benefit) of three alternatives, equal weights, v = 0.5: S = 0.5, 0.375, 0.5;
/// R = 0.5, 0.25, 0.5; Q = 1, 0, 1; A2 the compromise with both conditions met (matrix as
/// transcribed in scikit-criteria's `tests/agg/test_vikor.py`).
#[test]
fn vikor_opricovic_tzeng_2004() {
    let m = DecisionMatrix::from_rows(
        &[[1.0, 3000.0], [2.0, 3750.0], [5.0, 4500.0]],
        &[Cost, Benefit],
    )
    .unwrap();
    let v = vikor(&m, &[0.5, 0.5], 0.5).unwrap();
    close(&v.s, &[0.5, 0.375, 0.5], 1e-12);
    close(&v.r, &[0.5, 0.25, 0.5], 1e-12);
    close(&v.q, &[1.0, 0.0, 1.0], 1e-12);
    assert_eq!(v.ranks, [2, 1, 2]);
    assert_eq!(v.compromise, [1]);
    assert!(v.acceptable_advantage && v.acceptable_stability);
}

/// Opricovic, S. & Tzeng, G.-H. (2007), "Extended VIKOR method in comparison with
/// outranking methods", *EJOR* 178(2), 514-529: six reservoir alternatives, eight
/// criteria, four weight sets; S, R, Q published to 3 decimals, and the compromise set
/// (A5 alone, or A5, A3, A6 when C1 fails). Values as transcribed in scikit-criteria's
/// `tests/agg/test_vikor.py::test_VIKOR_opricovic2007extended`.
#[test]
fn vikor_opricovic_tzeng_2007_compromise_sets() {
    let m = DecisionMatrix::from_rows(
        &[
            [4184.3, 2914.0, 407.2, 251.0, 195.0, 244.0, 15.0, 2.41],
            [5211.9, 3630.0, 501.7, 308.3, 282.0, 346.0, 21.0, 1.41],
            [5021.3, 3920.5, 504.0, 278.6, 12.0, 56.0, 3.0, 4.42],
            [5566.1, 3957.9, 559.5, 335.3, 167.0, 268.0, 16.0, 3.36],
            [5060.5, 3293.5, 514.1, 284.2, 69.0, 90.0, 7.0, 4.04],
            [4317.9, 2925.9, 432.8, 239.3, 12.0, 55.0, 3.0, 4.36],
        ],
        &[Benefit, Cost, Benefit, Benefit, Cost, Cost, Cost, Benefit],
    )
    .unwrap();
    #[allow(clippy::type_complexity)]
    let sets: [([f64; 8], [f64; 6], [f64; 6], [f64; 6], bool, &[usize]); 4] = [
        (
            [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0],
            [0.692, 0.7, 0.29, 0.423, 0.28, 0.346],
            [0.125, 0.125, 0.121, 0.125, 0.067, 0.125],
            [0.991, 1.0, 0.473, 0.670, 0.0, 0.578],
            true,
            &[4],
        ),
        (
            [2.0, 2.0, 2.0, 2.0, 1.0, 1.0, 1.0, 1.0],
            [0.701, 0.6, 0.386, 0.365, 0.317, 0.459],
            [0.167, 0.114, 0.161, 0.167, 0.089, 0.167],
            [1.0, 0.533, 0.552, 0.563, 0.0, 0.686],
            true,
            &[4],
        ),
        (
            [1.0, 1.0, 1.0, 1.0, 2.0, 2.0, 2.0, 2.0],
            [0.683, 0.8, 0.193, 0.48, 0.243, 0.232],
            [0.113, 0.167, 0.08, 0.122, 0.044, 0.083],
            [0.684, 1.0, 0.147, 0.554, 0.041, 0.191],
            false,
            &[4, 2, 5],
        ),
        (
            [1.0, 1.0, 1.0, 1.0, 3.2, 3.2, 3.2, 3.2],
            [0.678, 0.857, 0.138, 0.513, 0.222, 0.167],
            [0.129, 0.190, 0.057, 0.139, 0.042, 0.060],
            [0.668, 1.0, 0.051, 0.588, 0.058, 0.078],
            false,
            &[2, 4, 5],
        ),
    ];
    for (weights, s, r, q, advantage, compromise) in sets {
        let v = vikor(&m, &weights, 0.5).unwrap();
        close(&v.s, &s, 1.5e-3);
        close(&v.r, &r, 1.5e-3);
        close(&v.q, &q, 1.5e-3);
        assert_eq!(v.acceptable_advantage, advantage, "{weights:?}");
        assert!(v.acceptable_stability);
        assert_eq!(v.compromise, compromise, "{weights:?}");
    }
}

/// Diakoulaki, D., Mavrotas, G. & Papayannakis, L. (1995), "Determining objective weights
/// in multiple criteria problems: the CRITIC method", *Computers & Operations Research*
/// 22(7), 763-770: weights 0.2022, 0.4809, 0.3169 (matrix as transcribed in
/// scikit-criteria's `tests/preprocessing/test_weighters.py`).
#[test]
fn critic_diakoulaki_1995() {
    let m = DecisionMatrix::from_rows(
        &[
            [61.0, 1.08, 4.33],
            [20.7, 0.26, 4.34],
            [16.3, 1.98, 2.53],
            [9.0, 3.29, 1.65],
            [5.4, 2.77, 2.33],
            [4.0, 4.12, 1.21],
            [-6.1, 3.52, 2.10],
            [-34.6, 3.31, 0.98],
        ],
        &[Benefit; 3],
    )
    .unwrap();
    close(
        &critic_weights(&m).unwrap(),
        &[0.2022, 0.4809, 0.3169],
        5e-5,
    );
}

/// Saaty's relative consumption of drinks in the United States (Saaty 1980, *The
/// Analytic Hierarchy Process*; also Saaty 2008, "Decision making with the analytic
/// hierarchy process", Int. J. Services Sciences 1(1), table 2): priorities 0.177, 0.019,
/// 0.042, 0.116, 0.190, 0.129, 0.327; λmax 7.1766 (issue 5 §6); CR 0.022 with Saaty's RI.
#[test]
fn ahp_saaty_drinks() {
    // coffee, wine, tea, beer, sodas, milk, water
    let third = 1.0 / 3.0;
    #[rustfmt::skip]
    let values = vec![
        1.0,       9.0,  5.0, 2.0,   1.0,       1.0,   0.5,
        1.0 / 9.0, 1.0,  third, 1.0 / 9.0, 1.0 / 9.0, 1.0 / 9.0, 1.0 / 9.0,
        0.2,       3.0,  1.0, third, 0.25,      third, 1.0 / 9.0,
        0.5,       9.0,  3.0, 1.0,   0.5,       1.0,   third,
        1.0,       9.0,  4.0, 2.0,   1.0,       2.0,   0.5,
        1.0,       9.0,  3.0, 1.0,   0.5,       1.0,   third,
        2.0,       9.0,  9.0, 3.0,   2.0,       3.0,   1.0,
    ];
    let p = PairwiseMatrix::new(7, values).unwrap();
    let ahp = ahp_weights(&p, Priorities::Eigenvector, RandomIndex::Saaty1980).unwrap();
    close(
        &ahp.priorities,
        &[0.177, 0.019, 0.042, 0.116, 0.190, 0.129, 0.327],
        5e-4,
    );
    assert!((ahp.lambda_max - 7.1766).abs() < 5e-5, "{}", ahp.lambda_max);
    let cr = ahp.consistency_ratio.unwrap();
    assert!((cr - 0.022).abs() < 5e-4, "{cr}");
    // The same matrix against the other tables: CI is the same, only RI differs.
    let tl = ahp_weights(&p, Priorities::Eigenvector, RandomIndex::TummalaLing1998).unwrap();
    assert!((tl.consistency_ratio.unwrap() - ahp.consistency_index / 1.3322).abs() < 1e-12);
    // The geometric means of the rows (Crawford & Williams 1985) on the same matrix, as
    // NumPy computes the formula (`exp(log(A).mean(axis=1))`, scaled): close to the
    // eigenvector, λmax 7.175289 of those priorities, CR 0.021775 against Alonso &
    // Lamata's RI(7) = 1.3417.
    let g = ahp_weights(&p, Priorities::GeometricMean, RandomIndex::AlonsoLamata2006).unwrap();
    close(
        &g.priorities,
        &[
            0.178723, 0.018461, 0.042234, 0.116498, 0.191136, 0.128625, 0.324323,
        ],
        5e-7,
    );
    assert!(
        (g.lambda_max - 7.175_289_2).abs() < 1e-6,
        "{}",
        g.lambda_max
    );
    assert!((g.consistency_ratio.unwrap() - 0.021_774_5).abs() < 1e-6);
}

/// A non-reciprocal matrix is rejected naming the cell.
#[test]
fn ahp_rejects_non_reciprocal_naming_the_cell() {
    let err = PairwiseMatrix::new(3, vec![1.0, 2.0, 4.0, 0.5, 1.0, 2.0, 0.25, 0.4, 1.0])
        .unwrap_err()
        .to_string();
    assert!(err.contains("row 1, column 2"), "{err}");
}

/// The Ishigami function (Ishigami & Homma 1990) with a = 7, b = 0.1 and inputs uniform on
/// [-π, π]: analytic indices (Sobol' & Levitan 1999; Saltelli et al. 2008, *Global
/// Sensitivity Analysis: The Primer*, §4.4) S1 = 0.314, 0.442, 0.000 and
/// ST = 0.558, 0.442, 0.244.
///
/// Tolerance: with N = 2^16 base samples the estimators' own standard errors (reported by
/// `sobol_indices`) are at most about 0.01; we allow 4 standard errors plus the 0.0005
/// rounding of the published values, and check that the errors are that small.
#[test]
fn sobol_ishigami() {
    use std::f64::consts::PI;
    let inputs = [ParameterDistribution::Uniform { low: -PI, high: PI }; 3];
    let s = sobol_indices(&inputs, 1 << 16, 2026, |x| {
        x[0].sin() + 7.0 * x[1].sin().powi(2) + 0.1 * x[2].powi(4) * x[0].sin()
    })
    .unwrap();
    let s1 = [0.314, 0.442, 0.000];
    let st = [0.558, 0.442, 0.244];
    for i in 0..3 {
        let (e1, et) = (s.first_order_std_error[i], s.total_std_error[i]);
        assert!(e1 < 0.012 && et < 0.012, "standard errors {e1} {et}");
        assert!(
            (s.first_order[i] - s1[i]).abs() <= 4.0 * e1 + 5e-4,
            "S1[{i}] = {} ± {e1}",
            s.first_order[i]
        );
        assert!(
            (s.total[i] - st[i]).abs() <= 4.0 * et + 5e-4,
            "ST[{i}] = {} ± {et}",
            s.total[i]
        );
    }
    assert_eq!(s.evaluations, 5 << 16);
    // Deterministic for a seed.
    let again = sobol_indices(&inputs, 1 << 10, 9, |x| x[0] + x[1] * x[2]).unwrap();
    let twice = sobol_indices(&inputs, 1 << 10, 9, |x| x[0] + x[1] * x[2]).unwrap();
    assert_eq!(again, twice);
}
