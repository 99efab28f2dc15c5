//! Monte Carlo rank distributions, Sobol indices and leave-one-out: determinism for a
//! seed whatever the number of threads, and the documented summaries.

use std::error::Error as _;

use peacekeeping_eval::{
    DecisionMatrix, Direction::HigherIsBetter as Benefit, MatrixNormalization, MonteCarloOptions,
    ReplicationRanks, UncertaintyError, leave_one_out, rank_distribution, topsis,
};

fn matrix() -> DecisionMatrix {
    DecisionMatrix::from_rows(
        &[
            [0.9, 0.1, 0.5],
            [0.6, 0.5, 0.4],
            [0.2, 0.9, 0.6],
            [0.5, 0.5, 0.5],
        ],
        &[Benefit; 3],
    )
    .unwrap()
}

fn noisy_topsis(
    m: &DecisionMatrix,
    options: MonteCarloOptions,
) -> peacekeeping_eval::RankDistribution {
    // Equal weights as the nominal: the distribution does not depend on them.
    let nominal = topsis(m, &[1.0; 3], MatrixNormalization::Vector)
        .unwrap()
        .scores;
    rank_distribution(&nominal, options, |draw| {
        let w: Vec<f64> = (0..3).map(|_| draw.uniform_in(0.1, 1.0)).collect();
        topsis(m, &w, MatrixNormalization::Vector).map(|r| r.scores)
    })
    .unwrap()
}

#[test]
fn same_seed_same_distribution_on_one_or_many_threads() {
    let m = matrix();
    let options = MonteCarloOptions::new(2_000, 11).replication_ranks(ReplicationRanks::Keep);
    let many = noisy_topsis(&m, options);
    let one = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap()
        .install(|| noisy_topsis(&m, options));
    assert_eq!(many, one);
    let other_seed = noisy_topsis(&m, MonteCarloOptions::new(2_000, 12));
    assert_ne!(many.rank_counts(0), other_seed.rank_counts(0));
}

#[test]
fn summaries_agree_with_kept_replications() {
    let m = matrix();
    let d = noisy_topsis(
        &m,
        MonteCarloOptions::new(999, 3).replication_ranks(ReplicationRanks::Keep),
    );
    let kept = d.replication_ranks().unwrap();
    assert_eq!(kept.len(), 999);
    for unit in 0..m.alternatives() {
        let mut ranks: Vec<u32> = kept.iter().map(|r| r[unit]).collect();
        ranks.sort_unstable();
        // Inverse empirical CDF: the ceil(q R)-th smallest.
        assert_eq!(d.median()[unit], ranks[499] as usize);
        assert_eq!(d.percentile_5()[unit], ranks[49] as usize);
        assert_eq!(d.percentile_95()[unit], ranks[949] as usize);
        let mean = ranks.iter().map(|&r| f64::from(r)).sum::<f64>() / 999.0;
        assert!((d.mean()[unit] - mean).abs() < 1e-12);
        assert!(d.percentile_5()[unit] <= d.median()[unit]);
        assert!(d.median()[unit] <= d.percentile_95()[unit]);
    }
    assert_eq!(d.rank_counts(0).iter().sum::<u64>(), 999);
}

#[test]
fn model_errors_and_bad_scores_are_reported() {
    let nominal = [1.0, 2.0, 3.0];
    let failing = rank_distribution(&nominal, MonteCarloOptions::new(10, 0), |draw| {
        if draw.index() == 7 {
            Err("boom")
        } else {
            Ok(vec![1.0, 2.0, 3.0])
        }
    });
    let err = failing.unwrap_err();
    assert!(
        matches!(&err, UncertaintyError::Model(m) if m.run() == 7),
        "{err}"
    );
    assert_eq!(err.source().unwrap().to_string(), "boom");
    let nan = rank_distribution(&nominal[..2], MonteCarloOptions::new(1, 0), |_| {
        Ok::<_, std::convert::Infallible>(vec![1.0, f64::NAN])
    });
    assert!(matches!(
        nan.unwrap_err(),
        UncertaintyError::NonFiniteOutput {
            run: Some(0),
            output: 1,
            ..
        }
    ));
    let short = rank_distribution(&nominal, MonteCarloOptions::new(1, 0), |_| {
        Ok::<_, std::convert::Infallible>(vec![1.0])
    });
    assert!(matches!(
        short.unwrap_err(),
        UncertaintyError::OutputCount {
            run: Some(0),
            expected: 3,
            found: 1,
        }
    ));
    // The nominal scores are checked too, before any replication.
    let bad_nominal = rank_distribution(&[f64::NAN], MonteCarloOptions::new(1, 0), |_| {
        Ok::<_, std::convert::Infallible>(vec![1.0])
    });
    assert!(matches!(
        bad_nominal.unwrap_err(),
        UncertaintyError::NonFiniteOutput { run: None, .. }
    ));
}

#[test]
fn leave_one_criterion_out() {
    let m = matrix();
    let w = [0.5, 0.3, 0.2];
    let nominal = topsis(&m, &w, MatrixNormalization::MinMax).unwrap().scores;
    let loo = leave_one_out(
        &nominal,
        m.criteria(),
        |j| -> Result<_, Box<dyn std::error::Error + Send + Sync>> {
            let mut rest = w.to_vec();
            rest.remove(j);
            let without = m.without_criterion(j)?;
            Ok(topsis(&without, &rest, MatrixNormalization::MinMax)?.scores)
        },
    )
    .unwrap();
    assert_eq!(loo.ranks_without.len(), 3);
    for (j, shifts) in loo.shifts.iter().enumerate() {
        for (u, s) in shifts.iter().enumerate() {
            assert_eq!(
                *s,
                loo.ranks_without[j][u] as i64 - loo.nominal_ranks[u] as i64
            );
        }
        assert_eq!(
            loo.max_absolute_shift[j],
            shifts.iter().map(|s| s.unsigned_abs()).max().unwrap()
        );
    }
    // Dropping the dominant criterion 0 must move its champion (alternative 0) down.
    assert_eq!(loo.nominal_ranks[0], 1);
    assert!(loo.shifts[0][0] > 0);
}
