//! The COINr ASEM data (`../shared/data/coinr-asem/`: 51 countries x 49 indicators, the
//! Asia-Europe Meeting sustainable connectivity index shipped with the JRC's COINr) through
//! the full pipeline: framework from COINr's own `iMeta`, denomination as `iMeta` says,
//! group-mean imputation by `EurAsia_group`, COINr's default outlier treatment, min-max
//! to [0, 100], arithmetic means: the configuration of COINr's `build_example_coin()`.
//! R and COINr are not installable here; the scores are checked against the values COINr
//! 1.1.14 publishes for that coin in its vignette "Presenting Results".

use peacekeeping_eval::{
    CoinrMeta, Framework, Imputation, IndicatorTable, OutlierTreatment, Pipeline, Scores, Stage,
};

use peacekeeping_testkit::data_dir;

/// COINr's `build_example_coin()` (COINr 1.1.14, `R/examples.R`): `Denominate` as
/// `iMeta` says, `Impute` with `i_mean_grp` by `EurAsia_group`, `Screen` at 90% data
/// (after imputation every unit has all its data, so none is dropped), `Treat` with
/// winsorization of at most 5 points, `Normalise` with `n_minmax` to [0, 100],
/// `Aggregate` with `a_amean`. Returns the framework, the data and the scores.
fn build_example_coin(test: &str) -> Option<(Framework, IndicatorTable, Scores)> {
    let dir = data_dir(test)?;
    let meta = std::fs::read(dir.join("coinr-asem/ASEM_iMeta.csv")).unwrap();
    let data = std::fs::read(dir.join("coinr-asem/ASEM_iData.csv")).unwrap();
    let coinr = CoinrMeta::read_csv(&meta[..]).unwrap();
    let table = IndicatorTable::read_csv(&data[..], "uCode").unwrap();
    let mut pipeline = Pipeline::new()
        .imputation(Imputation::GroupMean {
            group: "EurAsia_group".into(),
        })
        .outliers(OutlierTreatment::coinr());
    for (indicator, by) in &coinr.denominators {
        pipeline = pipeline.denominate(indicator.clone(), by.clone());
    }
    let scores = pipeline.run(&coinr.framework, &table).unwrap();
    assert_eq!(scores.report().denominated.len(), coinr.denominators.len());
    Some((coinr.framework, table, scores))
}

/// The first six rows of `get_results(coin, dset = "Aggregated", tab_type = "Aggs")` for
/// the example coin, as printed (rounded to 2 decimals) in COINr 1.1.14's vignette
/// "Presenting Results" (CRAN, 2024-05-21;
/// <https://stat.ethz.ch/CRAN/web/packages/COINr/vignettes/results.html>). The vignette's
/// lines for BEL's SusEcFin and SWE's last two columns did not reach us whole: `-`.
const PUBLISHED: &str = "\
uCode Rank Index Conn  Sust  Physical ConEcFin Political Instit P2P   Environ Social SusEcFin
CHE   1    68.38 62.79 73.98 63.41    32.87    74.78     85.94  56.93 77.21   87.85  56.88
NLD   2    64.82 61.94 67.70 64.87    46.62    84.55     71.74  41.92 58.73   86.58  57.78
DNK   3    64.80 57.10 72.51 50.52    30.43    78.13     75.35  51.04 69.83   86.40  61.29
NOR   4    64.47 57.44 71.50 58.18    25.70    80.03     89.46  33.80 70.90   87.00  56.59
BEL   5    63.54 63.99 63.09 71.97    48.22    80.84     75.60  43.32 53.01   86.17  -
SWE   6    63.00 53.87 72.12 51.51    23.87    80.98     74.51  38.50 66.37   -      -
";

#[test]
fn asem_reproduces_the_scores_coinr_publishes_for_its_example_coin() {
    let Some((fw, _, scores)) =
        build_example_coin("asem_reproduces_the_scores_coinr_publishes_for_its_example_coin")
    else {
        return;
    };
    let ranks = scores.ranks(fw.root_id());
    let mut lines = PUBLISHED.lines().map(str::split_whitespace);
    let columns: Vec<&str> = lines.next().unwrap().skip(2).collect();
    let mut compared = 0;
    for mut row in lines {
        let (unit, rank) = (row.next().unwrap(), row.next().unwrap());
        let at = scores.units().iter().position(|u| u == unit).unwrap();
        assert_eq!(ranks[at], Some(rank.parse().unwrap()), "{unit}");
        for (node, published) in columns.iter().zip(row) {
            let Ok(published) = published.parse::<f64>() else {
                continue;
            };
            let ours = scores.score(node, unit).unwrap();
            // Printed to 2 decimals: ours must round to the same figure.
            assert!(
                (ours - published).abs() <= 0.005 + 1e-9,
                "{unit} {node}: ours {ours}, COINr {published}"
            );
            compared += 1;
        }
    }
    assert_eq!(compared, 63);
}

#[test]
fn asem_runs_through_the_full_pipeline() {
    let Some((fw, table, scores)) = build_example_coin("asem_runs_through_the_full_pipeline")
    else {
        return;
    };
    let fw = &fw;
    assert_eq!(fw.indicators().len(), 49);
    assert_eq!(fw.aggregates().len(), 11);
    assert_eq!(scores.units().len(), 51);
    let report = scores.report();
    assert!(!report.denominated.is_empty());
    assert!(!report.outliers.is_empty());
    for unit in scores.units() {
        for node in fw.node_ids() {
            let v = scores.score(node, unit);
            assert!(
                v.is_some_and(|v| (0.0..=100.0).contains(&v)),
                "{node} {unit}: {v:?}"
            );
        }
    }
    for ind in fw.indicators() {
        let treated = scores.stage(Stage::Treated, &ind.id).unwrap();
        assert!(
            treated.iter().all(Option::is_some),
            "{} not imputed",
            ind.id
        );
    }
    assert_eq!(scores.rerun(&table).unwrap(), scores);
    let ranks = scores.ranks("Index");
    let first = scores.units()[ranks.iter().position(|r| *r == Some(1)).unwrap()].clone();
    println!(
        "ASEM: {} units, {} imputed values, {} indicators treated for outliers, first: {first}",
        scores.units().len(),
        report.imputed.len(),
        report.outliers.len()
    );
}
