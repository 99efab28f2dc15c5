//! The COINr ASEM data (`../shared/data/coinr-asem/`: 51 countries x 49 indicators, the
//! Asia-Europe Meeting sustainable connectivity index shipped with the JRC's COINr) through
//! the full pipeline: framework from COINr's own `iMeta`, denomination as `iMeta` says,
//! group-mean imputation by `EurAsia_group`, COINr's default outlier treatment, min-max
//! to [0, 100], arithmetic means. No COINr values are compared here (R and COINr are not
//! available on this machine): the test checks completeness, ranges and reproducibility.

use peacekeeping_eval::{Framework, Imputation, IndicatorTable, OutlierTreatment, Pipeline, Stage};

use crate::shared_data::data_dir;

#[test]
fn asem_runs_through_the_full_pipeline() {
    let Some(dir) = data_dir("asem_runs_through_the_full_pipeline") else {
        return;
    };
    let meta = std::fs::read(dir.join("coinr-asem/ASEM_iMeta.csv")).unwrap();
    let data = std::fs::read(dir.join("coinr-asem/ASEM_iData.csv")).unwrap();
    let coinr = Framework::from_coinr_meta(&meta).unwrap();
    let fw = &coinr.framework;
    assert_eq!(fw.indicators().len(), 49);
    assert_eq!(fw.aggregates().len(), 11);
    let table = IndicatorTable::from_csv(&data, "uCode").unwrap();
    assert_eq!(table.units().len(), 51);
    let mut pipeline = Pipeline::new()
        .imputation(Imputation::GroupMean {
            group: "EurAsia_group".into(),
        })
        .outliers(OutlierTreatment::coinr());
    for (indicator, by) in &coinr.denominators {
        pipeline = pipeline.denominate(indicator.clone(), by.clone());
    }
    let scores = pipeline.run(fw, &table).unwrap();
    let report = scores.report();
    assert_eq!(report.denominated.len(), coinr.denominators.len());
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
