//! The Rust side of `benches/peers/run_outcomes.sh`: imports the outcome files (the six
//! sources of issue 13 and the IPI mission file), turns them into core records, builds a
//! dataset with the reference dataset's other documents and writes its mission-year panel
//! (`export::Table::MissionYears`) to memory: the job `benches/peers/outcome_panel_peers.py`
//! does with pandas and with polars, timed the same way (wall clock around the job, best of
//! N runs, in one process). The job is `peacekeeping_benches::outcome_panel::run`.
//!
//! ```sh
//! cargo run --release -p peacekeeping-benches --example outcome_panel_once -- \
//!     [--repeat N] [--threads 1|2] [--write-panel FILE] [DIR]
//! ```
//!
//! `DIR` is the shared data directory (default: `$PEACEKEEPING_SHARED_DATA`, or
//! `shared/data` beside the repository). `--threads 2` reads the files on two threads
//! (`outcome_panel::run_on_two_threads`; the default, 1, is `outcome_panel::run`).
//! `--write-panel FILE` also writes the last run's panel to `FILE`, which the peers check
//! their panel against. After the timed runs, the panel is compared with the embedded
//! reference dataset's (a warning line if they differ). The last line of output is
//! `best_seconds=<seconds>`, for scripts.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use peacekeeping_benches::outcome_panel::{self, FILES};

fn main() -> ExitCode {
    let mut repeat = 1_u32;
    let mut two_threads = false;
    let mut write_panel: Option<PathBuf> = None;
    let mut dir: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--repeat" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) if n > 0 => repeat = n,
                _ => {
                    eprintln!("--repeat needs a positive whole number");
                    return ExitCode::FAILURE;
                }
            },
            "--threads" => match args.next().as_deref() {
                Some("1") => two_threads = false,
                Some("2") => two_threads = true,
                _ => {
                    eprintln!("--threads is 1 or 2");
                    return ExitCode::FAILURE;
                }
            },
            "--write-panel" => match args.next() {
                Some(path) => write_panel = Some(PathBuf::from(path)),
                None => {
                    eprintln!("--write-panel needs a file name");
                    return ExitCode::FAILURE;
                }
            },
            _ if arg.starts_with("--") => {
                eprintln!(
                    "usage: outcome_panel_once [--repeat N] [--threads 1|2] [--write-panel FILE] [DIR]"
                );
                return ExitCode::FAILURE;
            }
            _ => dir = Some(PathBuf::from(arg)),
        }
    }
    let Some(dir) = dir.or_else(outcome_panel::locate) else {
        eprintln!(
            "the shared data directory with {} was not found (set {}, or give it)",
            FILES.map(|(_, f)| f).join(", "),
            peacekeeping_benches::DATA_DIR_VAR
        );
        return ExitCode::FAILURE;
    };

    let mut best = f64::INFINITY;
    let mut csv = Vec::new();
    for _ in 0..repeat {
        let started = Instant::now();
        let made = if two_threads {
            outcome_panel::run_on_two_threads(&dir)
        } else {
            outcome_panel::run(&dir)
        };
        csv = match made {
            Ok(csv) => csv,
            Err(e) => {
                eprintln!("cannot make the panel from {}: {e}", dir.display());
                return ExitCode::FAILURE;
            }
        };
        best = best.min(started.elapsed().as_secs_f64());
    }
    // Outside the timed part: what the last run made.
    let check = match outcome_panel::check(&csv) {
        Ok(rows) => format!("{rows} mission-years, the reference dataset's panel byte for byte"),
        Err(warning) => warning,
    };
    if let Some(path) = &write_panel {
        if let Err(e) = std::fs::write(path, &csv) {
            eprintln!("cannot write {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    }
    let job = if two_threads {
        "six_files_and_panel_two_threads"
    } else {
        "six_files_and_panel"
    };
    println!(
        "rust {job}: {} files, {} bytes of CSV; {check}",
        FILES.len(),
        csv.len()
    );
    println!("rust {job}: best of {repeat}: {best:.6} s");
    println!("best_seconds={best:.6}");
    ExitCode::SUCCESS
}
