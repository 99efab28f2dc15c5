//! The name tables against every name in the real files, and against IPI's own
//! ISO-3 table (ipi-ppp/json/iso3alpha.json).

use std::path::Path;

use peacekeeping_data::names::{country_code, mission_id};

use peacekeeping_testkit::data_dir;

fn code(name: &str) -> Option<String> {
    country_code(name).map(|c| c.to_string())
}

/// Every `countries/<Country>.csv` file name maps, but the empty `.csv`.
#[test]
fn every_countries_file_name_maps() {
    let Some(dir) = data_dir("countries file names") else {
        return;
    };
    for sub in ["ipi-ppp/countries", "ipi-tcc/countries"] {
        let mut n = 0;
        for entry in std::fs::read_dir(dir.join(sub)).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            let country = name.strip_suffix(".csv").unwrap();
            if country.is_empty() {
                continue;
            }
            assert!(code(country).is_some(), "{sub}/{name}");
            n += 1;
        }
        assert_eq!(n, 148, "{sub}");
    }
}

/// Every name in a name column of the files maps to the code of its ISO-3 column.
#[test]
fn every_name_in_the_files_maps_to_its_iso_column() {
    let Some(dir) = data_dir("names in files") else {
        return;
    };
    check_name_columns(
        &dir.join("ipi-tcc/Gender.Full.csv"),
        "Contributor",
        "Contributor ISO-3",
    );
    check_name_columns(
        &dir.join("ipi-tcc/Data.Mission.csv"),
        "mission.country",
        "mission.iso3.alpha",
    );
    check_name_columns(
        &dir.join("ipi-ppp/data_mission.csv"),
        "Country of Mission",
        "Country of Mission ISO-3",
    );
}

fn check_name_columns(path: &Path, name_column: &str, code_column: &str) {
    let mut csv = csv::Reader::from_path(path).unwrap();
    let header = csv.headers().unwrap().clone();
    let at = |c: &str| header.iter().position(|h| h == c).unwrap();
    let (name_at, code_at) = (at(name_column), at(code_column));
    let mut names = std::collections::BTreeSet::new();
    for row in csv.records() {
        let row = row.unwrap();
        names.insert((row[name_at].to_owned(), row[code_at].to_owned()));
    }
    assert!(names.len() > 30);
    for (name, iso) in names {
        assert_eq!(code(&name), Some(iso), "{}: {name:?}", path.display());
    }
}

/// IPI's own table of ISO-3 codes and names (its first object maps code to name, its
/// second name to code): every name maps to IPI's code. This checks the alias table and
/// the name normalization against all the names IPI uses.
#[test]
fn aliases_agree_with_ipi_iso3alpha_json() {
    let Some(dir) = data_dir("iso3alpha.json") else {
        return;
    };
    let text = std::fs::read_to_string(dir.join("ipi-ppp/json/iso3alpha.json")).unwrap();
    let tables: Vec<serde_json::Map<String, serde_json::Value>> =
        serde_json::from_str(&text).unwrap();
    let code_to_name = tables[0]
        .iter()
        .map(|(c, n)| (n.as_str().unwrap(), c.as_str()));
    let name_to_code = tables[1]
        .iter()
        .map(|(n, c)| (n.as_str(), c.as_str().unwrap()));
    let mut checked = 0;
    for (name, iso) in code_to_name.chain(name_to_code) {
        assert_eq!(code(name).as_deref(), Some(iso), "{name:?}");
        checked += 1;
    }
    assert_eq!(checked, 248 + 252);
}

/// Every mission acronym of the mission files is a valid id after normalization.
#[test]
fn every_mission_acronym_in_the_files_maps() {
    let Some(dir) = data_dir("mission acronyms") else {
        return;
    };
    for file in ["ipi-tcc/Data.Mission.csv", "ipi-ppp/data_mission.csv"] {
        let mut csv = csv::Reader::from_path(dir.join(file)).unwrap();
        for row in csv.records() {
            let row = row.unwrap();
            let id = mission_id(&row[1]).unwrap();
            assert!(!id.contains(' '), "{file}: {id}");
        }
    }
}
