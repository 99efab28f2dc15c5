//! The units of an evidence file scored and ranked under an indicator framework, with
//! rank intervals, as CSV; and why one unit scores what it scores.
//!
//! ```sh
//! cargo run --example scorecard -- FRAMEWORK EVIDENCE [--missing M] [--as-of DATE] \
//!     [--fill F] [--likert IDS] [--runs N] [--seed S] [--spread X] [--explain UNIT]
//! ```
//!
//! - `FRAMEWORK`: a framework file, TOML (`.toml`) or JSON (any other name), in the
//!   format of `docs/frameworks.md`; or `builtin`, the built-in partnership
//!   effectiveness framework (`peacekeeping::eval::builtin`).
//! - `EVIDENCE`: a tidy evidence CSV (`peacekeeping::eval::Evidence::read_csv_file`): columns
//!   `unit, indicator, value, date, source, reliability`; `date` `YYYY-MM-DD` or empty
//!   (the column may be left out); `source` a source kind (`official-statistics`,
//!   `field-survey`, `stakeholder-interview`, ...); `reliability` a grade `A`-`F` (empty:
//!   `F`, cannot be judged). Every rejected row is printed on stderr with its line,
//!   field and reason, then a summary; so are observations of indicators the framework
//!   does not have, and observations the date rules leave out.
//! - `--likert IDS`: indicators (comma-separated) whose values may also be answers on
//!   the 5-point Likert scale (`strongly disagree` 1 ... `strongly agree` 5).
//! - `--as-of DATE`: only evidence dated on or before it counts. `--fill`: which
//!   observations of a unit's indicator are fused (their reliability-weighted mean) into
//!   its value: `pool` (default: all of them, undated ones included), `last-observation`
//!   (those of the latest date), `linear` (interpolated between the dates around
//!   `--as-of`), `exact` (those dated `--as-of`); all but `pool` leave undated
//!   observations out.
//! - `--missing`: what an aggregate does when a child has no score: `skip` (default:
//!   it aggregates the children that have one, their weights renormalized) or
//!   `propagate` (it has no score either: the UNDP's rule for the HDI).
//! - `--runs N` (1000), `--seed S` (1), `--spread X` (0.25): the rank intervals come
//!   from `N` Monte Carlo runs (`peacekeeping::eval::Uncertainty`) in which each weight
//!   is multiplied by its own draw, uniform on `[1 - X, 1 + X)`, and the framework's top
//!   level is an arithmetic or a geometric mean, drawn with equal chances.
//! - `--explain UNIT`: the unit explained on stderr (default: the first ranked).
//!
//! On stdout, one line per unit of the evidence: the scored units best first (ties by
//! id), then those without a score, by id, with empty rank and score:
//! `rank,unit,score,rank_p5,rank_median,rank_p95,coverage,confidence`
//! (`peacekeeping::eval::ScoreTable`). `rank` is the
//! competition rank (ties share the best rank) on the framework's root, `score` its
//! score; `rank_p5`, `rank_median`, `rank_p95` the 5th percentile, median and 95th
//! percentile of the unit's rank over the runs (empty if the runs could not be made; the
//! reason is on stderr); `coverage` the share of the framework's indicators the unit has
//! evidence for; `confidence` the sum over the indicators of their effective weight times
//! the mean reliability weight of their evidence (0 without evidence): 1 when every
//! indicator rests on grade-A evidence (`FusedTable::confidence`).
//!
//! On stderr, after the notes on the input and the runs: the explanation, one line per
//! indicator with its raw value, its normalized value, its effective weight in the
//! index (the product of the normalized weights up the tree) and its contribution, the
//! points of the score it accounts for (`Scores::explain`: the contributions add up to
//! the score).
//!
//! The UNDP Human Development Index 2022, recomputed from UNDP's own figures:
//!
//! ```sh
//! python3 scripts/hdi_evidence.py evidence ../shared/data/hdi/HDR23-24.csv hdi.csv
//! cargo run --example scorecard -- crates/peacekeeping-eval/tests/data/hdi.toml hdi.csv \
//!     --missing propagate
//! ```
//!
//! A bad command line prints this usage on stderr and exits with code 2; a file that
//! cannot be read or used, or a unit to explain that the evidence does not have, with
//! code 1.

use std::collections::BTreeSet;
use std::error::Error;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use peacekeeping::Date;
use peacekeeping::eval::{
    Aggregation, Evidence, Factor, Framework, FusedTable, FusionOptions, MissingChildren, Noise,
    OrdinalScale, PanelFill, Pipeline, Scope, ScoreTable, Scores, Uncertainty, UncertaintyResult,
    builtin,
};
use peacekeeping_testkit::cli;

const USAGE: &str = "usage: scorecard FRAMEWORK EVIDENCE [--missing M] [--as-of DATE] [--fill F] \
[--likert IDS] [--runs N] [--seed S] [--spread X] [--explain UNIT]
  FRAMEWORK  a framework file (.toml, else JSON), or builtin
  EVIDENCE   a CSV with columns unit,indicator,value,date,source,reliability
  --missing  skip (default) or propagate: an aggregate with a child unscored is unscored
  --as-of    only evidence dated on or before DATE (YYYY-MM-DD)
  --fill     pool (default), last-observation, linear, exact
  --likert   indicators (a,b,...) whose values may be Likert answers
  --runs     Monte Carlo runs for the rank intervals (1000); --seed S (1)
  --spread   each weight times a uniform draw in [1 - X, 1 + X) (0.25); the top
             level an arithmetic or a geometric mean
  --explain  the unit explained on stderr (default: the first ranked)
prints rank,unit,score,rank_p5,rank_median,rank_p95,coverage,confidence as CSV";

const OPTIONS: [&str; 8] = [
    "missing", "as-of", "fill", "likert", "runs", "seed", "spread", "explain",
];

/// What the command line asks for.
struct Request {
    framework: String,
    evidence: PathBuf,
    likert: Vec<String>,
    fusion: FusionOptions,
    pipeline: Pipeline,
    runs: usize,
    seed: u64,
    spread: f64,
    explain: Option<String>,
}

fn request() -> Result<Request, String> {
    let args = cli::Args::parse(std::env::args().skip(1), &OPTIONS)?;
    let [framework, evidence] = args.positional.as_slice() else {
        return Err("expected FRAMEWORK and EVIDENCE".to_owned());
    };
    let missing = match args.get::<String>("missing")?.as_deref() {
        None | Some("skip") => MissingChildren::default(),
        Some("propagate") => MissingChildren::Propagate,
        Some(other) => return Err(format!("unknown --missing {other:?}")),
    };
    let fill = match args.get::<String>("fill")?.as_deref() {
        None | Some("pool") => PanelFill::Pool,
        Some("last-observation") => PanelFill::LastObservation,
        Some("linear") => PanelFill::Linear,
        Some("exact") => PanelFill::Exact,
        Some(other) => return Err(format!("unknown --fill {other:?}")),
    };
    let mut fusion = FusionOptions::default().fill(fill);
    if let Some(date) = args.get::<Date>("as-of")? {
        fusion = fusion.as_of(date);
    }
    let runs = args.get::<usize>("runs")?.unwrap_or(1000);
    let spread = args.get::<f64>("spread")?.unwrap_or(0.25);
    if runs == 0 {
        return Err("--runs must be at least 1".to_owned());
    }
    if !(spread > 0.0 && spread < 1.0) {
        return Err(format!("--spread {spread}: must be in (0, 1)"));
    }
    let likert = args.get::<String>("likert")?.unwrap_or_default();
    Ok(Request {
        framework: framework.clone(),
        evidence: PathBuf::from(evidence),
        likert: likert
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect(),
        fusion,
        pipeline: Pipeline::new().missing_children(missing),
        runs,
        seed: args.get("seed")?.unwrap_or(1),
        spread,
        explain: args.get("explain")?,
    })
}

fn main() -> ExitCode {
    match request() {
        Ok(request) => cli::exit_code(run(&request)),
        Err(message) => cli::usage_error(&message, USAGE),
    }
}

fn run(request: &Request) -> Result<(), Box<dyn Error>> {
    let framework = read_framework(&request.framework)?;
    let evidence = read_evidence(&request.evidence, &request.likert)?;
    let fused = evidence.to_table(&framework, &request.fusion)?;
    report_unused(&evidence, &fused);
    let scores = request
        .pipeline
        .clone()
        .run(&framework, &fused.table)
        .map_err(|e| format!("{}: {e}", request.evidence.display()))?;
    // Every unit of the evidence: those whose every observation the date rules left
    // out are listed unscored.
    let all: BTreeSet<&str> = evidence
        .observations()
        .iter()
        .map(|o| o.unit.as_str())
        .collect();
    let mut table = ScoreTable::new(&scores)
        .with_units(all.iter().copied())
        .with_evidence(&fused);
    let explained = match &request.explain {
        Some(unit) if !all.contains(unit.as_str()) => {
            return Err(format!("--explain {unit:?}: no such unit in the evidence").into());
        }
        Some(unit) => Some(unit.as_str()),
        None => table
            .rows()
            .first()
            .and_then(|row| row.rank.map(|_| row.unit.as_str())),
    };
    let explained = explained.map(str::to_owned);
    if let Some(intervals) = rank_intervals(request, &framework, &fused) {
        table = table.with_intervals(&intervals);
    }
    table.write_csv(std::io::stdout().lock())?;
    let scored = table.rows().iter().filter(|row| row.rank.is_some()).count();
    eprintln!(
        "{}: {} units, {scored} scored",
        framework.name(),
        table.rows().len()
    );
    if let Some(unit) = explained {
        explain(&scores, &unit);
    }
    Ok(())
}

/// The framework named on the command line: `builtin`, or a file.
fn read_framework(name: &str) -> Result<Framework, Box<dyn Error>> {
    if name == "builtin" {
        return Ok(builtin::partnership_effectiveness()?);
    }
    let path = Path::new(name);
    Ok(if path.extension().is_some_and(|e| e == "toml") {
        Framework::read_toml_file(path)?
    } else {
        Framework::read_json_file(path)?
    })
}

/// The evidence file's observations; every rejected row and a summary on stderr. A file
/// without any usable row is an error.
fn read_evidence(path: &Path, likert: &[String]) -> Result<Evidence, Box<dyn Error>> {
    let scales: Vec<(&str, OrdinalScale)> = likert
        .iter()
        .map(|id| (id.as_str(), OrdinalScale::likert5()))
        .collect();
    let read = Evidence::read_csv_file(path, &scales)?;
    let (evidence, report) = (read.evidence, read.report);
    for problem in &report.problems {
        eprintln!("{}: rejected: {problem}", path.display());
    }
    eprintln!(
        "{}: {} rows read, {} imported, {} rejected",
        path.display(),
        report.read,
        report.imported,
        report.read - report.imported
    );
    if evidence.observations().is_empty() {
        return Err(format!("{}: no observation to score", path.display()).into());
    }
    Ok(evidence)
}

/// Prints on stderr the observations the scores do not rest on: those of indicators the
/// framework does not have, and those the date rules leave out.
fn report_unused(evidence: &Evidence, fused: &FusedTable) {
    for (indicator, n) in &fused.unused {
        eprintln!("not in the framework: indicator {indicator:?} ({n} observations), left out");
    }
    let used: usize = fused.cells.values().map(|c| c.observations).sum::<usize>()
        + fused.unused.values().sum::<usize>();
    let left_out = evidence.observations().len().saturating_sub(used);
    if left_out > 0 {
        eprintln!(
            "{left_out} observations left out by --as-of or --fill (dated after --as-of, \
             undated, or not at the dates the rule reads)"
        );
    }
}

/// The ranks over the Monte Carlo runs, each ranked unit's interval among them; `None`,
/// with the reason on stderr, if the analysis cannot run.
fn rank_intervals(
    request: &Request,
    framework: &Framework,
    fused: &FusedTable,
) -> Option<UncertaintyResult> {
    let result = Uncertainty::new(framework, &fused.table, request.pipeline.clone())
        .factor(Factor::weight_noise(
            "weights",
            Scope::All,
            Noise::Uniform {
                spread: request.spread,
            },
        ))
        .factor(Factor::aggregation(
            "top-level mean",
            Scope::Level(0),
            [Aggregation::Arithmetic, Aggregation::Geometric],
        ))
        .run(request.runs, request.seed);
    let result = match result {
        Ok(result) => result,
        Err(e) => {
            eprintln!("rank intervals: not computed: {e}");
            return None;
        }
    };
    let failures = result.failures();
    eprintln!(
        "rank intervals: {} runs (seed {}, weights x [1 - {s}, 1 + {s}), top level arithmetic or geometric), {} failed{}",
        result.runs(),
        request.seed,
        failures.len(),
        failures.first().map_or_else(String::new, |f| format!(
            ", first: run {}: {}",
            f.replication, f.error
        )),
        s = request.spread,
    );
    Some(result)
}

/// Prints on stderr why `unit` scores what it scores.
fn explain(scores: &Scores, unit: &str) {
    let Some(e) = scores.explain(unit) else {
        eprintln!("\n{unit}: every observation left out by --as-of or --fill");
        return;
    };
    let number = |x: Option<f64>| x.map_or_else(|| "-".to_owned(), |x| format!("{x:.4}"));
    eprintln!(
        "\n{unit}: score {}, rank {}, coverage {:.3}",
        number(e.score),
        e.rank.map_or_else(|| "-".to_owned(), |r| r.to_string()),
        e.coverage
    );
    let width = e
        .contributions
        .iter()
        .map(|c| c.indicator.len())
        .max()
        .unwrap_or(0)
        .max("indicator".len());
    eprintln!(
        "{:width$}  {:>12}  {:>10}  {:>8}  {:>12}",
        "indicator", "raw", "normalized", "weight", "contribution"
    );
    for c in &e.contributions {
        eprintln!(
            "{:width$}  {:>12}  {:>10}  {:>8.4}  {:>12.4}",
            c.indicator,
            number(c.raw),
            number(c.normalized),
            c.effective_weight,
            c.contribution
        );
    }
}
