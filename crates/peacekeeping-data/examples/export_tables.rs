//! Writes the tidy CSV tables of the embedded reference dataset (or of a dataset file)
//! into a directory, with `rows.csv` listing how many data rows each table has, so that
//! another tool can check it read them all.
//!
//! ```sh
//! cargo run -p peacekeeping-data --example export_tables -- OUT_DIR [DATASET.json]
//! ```
//!
//! `.ci/run` runs it, then reads the tables with pandas (`scripts/check_tables.py`) and
//! R (`scripts/check_tables.R`).

use std::io::Write;
use std::process::ExitCode;

use peacekeeping_core::Dataset;
use peacekeeping_data::{export, reference};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), rest) = (args.first(), args.get(1)) else {
        eprintln!("usage: export_tables OUT_DIR [DATASET.json]");
        return ExitCode::from(2);
    };
    match run(dir, rest.map(String::as_str)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("export_tables: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(dir: &str, dataset: Option<&str>) -> Result<(), Box<dyn std::error::Error>> {
    let loaded;
    let data: &Dataset = match dataset {
        Some(path) => {
            loaded = Dataset::read_json_file(path)?;
            &loaded
        }
        None => reference::dataset(),
    };
    let paths = export::write_tables(data, dir)?;
    let mut counts = std::fs::File::create(std::path::Path::new(dir).join("rows.csv"))?;
    writeln!(counts, "file,rows")?;
    for path in &paths {
        let rows = csv::Reader::from_path(path)?.records().count();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        writeln!(counts, "{name},{rows}")?;
        println!("{}: {rows} rows", path.display());
    }
    Ok(())
}
