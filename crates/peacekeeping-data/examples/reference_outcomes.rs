//! Writes the outcome records of the reference dataset from the shared data:
//! `reference/outcomes.json` (the battle deaths of the missions' host countries, the
//! fatalities of their personnel) and `scripts/reference/ceilings.json` (the missions'
//! authorised strengths, which `scripts/reference/missions.py` writes into
//! `missions.json`). The rules are in `peacekeeping_testkit::reference_outcomes`; the
//! real-data test `the_embedded_outcomes_are_the_shared_files_records`
//! (tests/suite/reference_outcomes.rs) makes both again and requires them byte for byte.
//!
//! ```sh
//! cargo run -p peacekeeping-data --example reference_outcomes -- ../shared/data
//! python3 scripts/reference/missions.py
//! ```

use std::path::Path;
use std::process::ExitCode;

const OUTCOMES: &str = "crates/peacekeeping-data/reference/outcomes.json";
const CEILINGS: &str = "scripts/reference/ceilings.json";

fn main() -> ExitCode {
    let Some(shared) = std::env::args().nth(1) else {
        eprintln!(
            "usage: reference_outcomes <shared data directory>  (run from the workspace root)"
        );
        return ExitCode::from(2);
    };
    let made =
        match peacekeeping_testkit::reference_outcomes::reference_outcomes(Path::new(&shared)) {
            Ok(made) => made,
            Err(e) => {
                eprintln!("reference_outcomes: {e}");
                return ExitCode::FAILURE;
            }
        };
    for line in &made.log {
        eprintln!("{line}");
    }
    for (path, text) in [
        (OUTCOMES, &made.outcomes_json),
        (CEILINGS, &made.ceilings_json),
    ] {
        if let Err(e) = std::fs::write(path, text) {
            eprintln!("reference_outcomes: {path}: {e}");
            return ExitCode::FAILURE;
        }
        eprintln!("wrote {path} ({} bytes)", text.len());
    }
    ExitCode::SUCCESS
}
