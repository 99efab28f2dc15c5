//! The Rust side of `benches/peers/run.sh`: imports `Gender.Full.csv` and totals personnel
//! by (contributor, month), the job `benches/peers/gender_full_pandas.py` does with pandas,
//! timed the same way (wall clock around the job, best of N runs, in one process).
//!
//! ```sh
//! cargo run --release -p peacekeeping-benches --example gender_full_once -- \
//!     [--repeat N] [--import-only] [PATH]
//! ```
//!
//! `PATH` defaults to the file the data bench uses (`$PEACEKEEPING_SHARED_DATA` or
//! `shared/data` beside the repository). `--import-only` skips the aggregation, for
//! measuring the import's peak resident memory with `/usr/bin/time -v`. The last line of
//! output is `best_seconds=<seconds>`, for scripts.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use peacekeeping_benches::gender_full::{self, aggregate};
use peacekeeping_data::ipi::read_gender_full_file;

fn main() -> ExitCode {
    let mut repeat = 1_u32;
    let mut import_only = false;
    let mut path: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--import-only" => import_only = true,
            "--repeat" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) if n > 0 => repeat = n,
                _ => {
                    eprintln!("--repeat needs a positive whole number");
                    return ExitCode::FAILURE;
                }
            },
            _ if arg.starts_with("--") => {
                eprintln!("usage: gender_full_once [--repeat N] [--import-only] [PATH]");
                return ExitCode::FAILURE;
            }
            _ => path = Some(PathBuf::from(arg)),
        }
    }
    let Some(path) = path.or_else(gender_full::locate) else {
        eprintln!(
            "{} not found (set {} to the shared data directory, or give a path)",
            gender_full::FILE,
            gender_full::DATA_DIR_VAR
        );
        return ExitCode::FAILURE;
    };

    let job = if import_only {
        "import"
    } else {
        "import_and_aggregate"
    };
    let mut best = f64::INFINITY;
    let mut summary = String::new();
    for _ in 0..repeat {
        let started = Instant::now();
        let imported = match read_gender_full_file(&path, None) {
            Ok(imported) => imported,
            Err(e) => {
                eprintln!("cannot import {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        };
        let totals = (!import_only).then(|| aggregate(&imported.records));
        best = best.min(started.elapsed().as_secs_f64());
        // Outside the timed part: what the last run found.
        summary = format!(
            "{} records, {} rows skipped",
            imported.records.len(),
            imported.skipped.len()
        );
        if let Some(totals) = &totals {
            let check = match gender_full::check(totals) {
                Ok(total) => format!("2013-12 total {total}, as SOURCES.md says"),
                Err(warning) => warning,
            };
            summary += &format!(", {} (contributor, month) totals; {check}", totals.len());
        }
    }
    println!("rust {job}: {summary}");
    println!("rust {job}: best of {repeat}: {best:.6} s");
    println!("best_seconds={best:.6}");
    ExitCode::SUCCESS
}
