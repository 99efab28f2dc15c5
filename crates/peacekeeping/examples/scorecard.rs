//! A scorecard of the partnerships on a date, with the figures of a contribution file,
//! as CSV.
//!
//! ```sh
//! cargo run --example scorecard -- FILE DATE [--layout LAYOUT] [--framework PATH]
//! ```
//!
//! - `FILE`, `--layout`: a contribution file, as in the example `contributors`
//!   (`gender-full`, the default, `data-hub`, `data-hub-before-2010`, `hdx-gender`,
//!   `ipi-full`). Its records replace the reference dataset's own figures
//!   (`peacekeeping::data::reference::with_contributions`); what was skipped, left out
//!   or added is printed on stderr.
//! - `DATE`: the as-of date, `YYYY-MM-DD`: the partnerships begun by then are scored on
//!   the records up to then (`peacekeeping::eval::Evidence::from_dataset`, the last
//!   observation of each indicator carried forward).
//! - `--framework`: a framework file, TOML (`.toml`) or JSON (any other name), in the
//!   format of `docs/frameworks.md`; default: the built-in partnership
//!   effectiveness framework (`peacekeeping::eval::builtin`).
//!
//! On stderr: every indicator that could not be computed for a partnership, with the
//! reason (left out, not filled in). On stdout, one line per partnership with a score,
//! best first: `rank,partnership,name,score,coverage` (the score of the framework's root,
//! 0-100 for the built-in framework; coverage: the share of the dataset indicators
//! computed for it).
//!
//! A bad command line prints this usage on stderr and exits with code 2; a file that
//! cannot be read or used, with code 1.

#[path = "support/input.rs"]
mod input;

use std::error::Error;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use peacekeeping::eval::{Evidence, Framework, FusionOptions, PanelFill, Pipeline, builtin};
use peacekeeping::{Dataset, Date};

const USAGE: &str = "usage: scorecard FILE DATE [--layout LAYOUT] [--framework PATH]
  FILE         a contribution file
  DATE         the as-of date, YYYY-MM-DD
  --layout     gender-full (default), data-hub, data-hub-before-2010, hdx-gender, ipi-full
  --framework  a framework file (.toml, else JSON); default: the built-in one
prints rank,partnership,name,score,coverage as CSV";

fn main() -> ExitCode {
    let args = match input::Args::parse(std::env::args().skip(1), &["layout", "framework"]) {
        Ok(args) => args,
        Err(message) => return input::usage_error(&message, USAGE),
    };
    let [file, date] = args.positional.as_slice() else {
        return input::usage_error("expected FILE and DATE", USAGE);
    };
    let (as_of, layout, framework) = match (
        date.parse::<Date>()
            .map_err(|e| format!("DATE {date:?}: {e}")),
        args.get::<String>("layout"),
        args.get::<PathBuf>("framework"),
    ) {
        (Ok(d), Ok(l), Ok(f)) => (d, l, f),
        (Err(m), _, _) | (_, Err(m), _) | (_, _, Err(m)) => {
            return input::usage_error(&m, USAGE);
        }
    };
    let data = match input::dataset(&PathBuf::from(file), layout.as_deref(), USAGE) {
        Ok(data) => data,
        Err(code) => return code,
    };
    input::exit_code(run(&data, as_of, framework.as_deref()))
}

fn read_framework(path: Option<&Path>) -> Result<Framework, Box<dyn Error>> {
    let Some(path) = path else {
        return Ok(builtin::partnership_effectiveness()?);
    };
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let framework = if path.extension().is_some_and(|e| e == "toml") {
        Framework::from_toml_str(&text)
    } else {
        Framework::from_json_str(&text)
    };
    Ok(framework.map_err(|e| format!("{}: {e}", path.display()))?)
}

fn run(data: &Dataset, as_of: Date, framework: Option<&Path>) -> Result<(), Box<dyn Error>> {
    let framework = read_framework(framework)?;
    let (evidence, report) = Evidence::from_dataset(data, as_of);
    for missing in &report.not_computed {
        eprintln!("not computed: {missing}");
    }
    let options = FusionOptions::default()
        .as_of(as_of)
        .fill(PanelFill::LastObservation);
    let fused = evidence.to_table(&framework, &options)?;
    let scores = Pipeline::new().run(&framework, &fused.table)?;
    let root = framework.root_id();
    let mut rows: Vec<(usize, &String, f64)> = scores
        .ranks(root)
        .into_iter()
        .zip(scores.units())
        .filter_map(|(rank, unit)| Some((rank?, unit, scores.score(root, unit)?)))
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)));
    eprintln!(
        "{} as of {as_of}: {} partnerships, {} scored; {} indicator values not computed",
        framework.name(),
        report.units.len(),
        rows.len(),
        report.not_computed.len()
    );
    println!("rank,partnership,name,score,coverage");
    for (rank, unit, score) in rows {
        let name = data.partnership(unit).map_or("", |p| p.name.as_str());
        let coverage = report.coverage(unit).unwrap_or(0.0);
        println!(
            "{rank},{unit},{},{score},{coverage}",
            input::csv_field(name)
        );
    }
    Ok(())
}
