//! Oracle: the UNDP Human Development Index 2022, recomputed from its four components in
//! `../shared/data/hdi/HDR23-24.csv` (UNDP, Human Development Report 2023/24, composite
//! indices time series) with the framework file `tests/data/hdi.toml`, equals the
//! published `hdi_2022` at 3 decimals for every country that has one.

use peacekeeping_eval::{Framework, IndicatorTable, MissingChildren, Pipeline};

use peacekeeping_testkit::data_dir;

const HDI_TOML: &str = include_str!("../data/hdi.toml");

#[test]
fn hdi_2022_matches_the_published_values_at_3_decimals() {
    let Some(dir) = data_dir("hdi_2022_matches_the_published_values_at_3_decimals") else {
        return;
    };
    let bytes = std::fs::read(dir.join("hdi/HDR23-24.csv")).unwrap();
    let table = IndicatorTable::read_csv(&bytes[..], "iso3").unwrap();
    let framework = Framework::from_toml_str(HDI_TOML).unwrap();
    let scores = Pipeline::new()
        .missing_children(MissingChildren::Propagate)
        .run(&framework, &table)
        .unwrap();
    let published = table.column("hdi_2022").unwrap();
    let mut compared = 0;
    let mut mismatches = Vec::new();
    for (unit, published) in table.units().iter().zip(published) {
        // Aggregates (regions, world) have ISO-like codes starting with "ZZ".
        if unit.starts_with("ZZ") {
            continue;
        }
        let computed = scores.score("hdi", unit);
        match (published, computed) {
            (Some(p), Some(c)) => {
                compared += 1;
                if ((c * 1000.0).round() - (p * 1000.0).round()).abs() > 0.5 {
                    mismatches.push(format!("{unit}: published {p}, computed {c:.6}"));
                }
            }
            (Some(p), None) => mismatches.push(format!("{unit}: published {p}, computed none")),
            (None, Some(c)) => mismatches.push(format!("{unit}: none published, computed {c:.6}")),
            (None, None) => {}
        }
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    assert_eq!(compared, 193, "countries compared");
    println!("HDI 2022: {compared} countries equal to the published value at 3 decimals");
}
