//! The partnerships the field cites first, compared on the outcomes measured from data,
//! and the tidy mission-year panel those outcomes come from.
//!
//! ```sh
//! cargo run --example outcomes -- PANEL [--ipi FILE] [--as-of DATE] [--min-weight X] \
//!     [--min-outcomes Y] [--runs N] [--seed S]
//! ```
//!
//! - `PANEL`: where to write the mission-year panel (`export::Table::MissionYears`, CSV):
//!   one row per operation and year with its personnel, ceiling, contributors, fatalities
//!   and host battle deaths, for `pandas.read_csv` or R's `read.csv`.
//! - `--ipi FILE`: IPI's `Gender.Full.csv` (contributor x mission x month, 2009-11 to
//!   2014-02), whose records replace the reference dataset's three contribution reports:
//!   the contributors' diversity and continuity are then measured month by month.
//! - `--as-of DATE` (2024-12-31): the partnerships begun by then, on the records up to
//!   then.
//! - `--min-weight X` (0.2, `builtin::MIN_WEIGHT_SHARE`), `--min-outcomes Y` (0.4,
//!   `builtin::MIN_OUTCOME_SHARE`): a partnership whose observed indicators carry less
//!   than `X` of the index's weight, or less than `Y` of the mission outcomes' weight, is
//!   insufficient evidence, not ranked.
//! - `--runs N` (1000), `--seed S` (2024): the rank intervals, from `N` runs with each
//!   weight moved by up to 25% and the index an arithmetic or a geometric mean.
//!
//! The data are the embedded reference dataset's: the cases' partnerships (AMISOM and its
//! AU-UN-EU support, UNAMID, MINUSMA with France and with Mali, UNMIK and KFOR, KFOR's
//! partners, the hand-overs AFISMA to MINUSMA and MISCA to MINUSCA, and others) and the
//! outcome records made from the shared data files (UCDP/PRIO battle deaths, the UN's
//! fatality records, Security Council ceilings, IPI's and SIPRI's personnel figures; see
//! `docs/datasets.md`).
//!
//! On stdout, one CSV line per partnership, the ranked ones best first, then those with
//! insufficient evidence: `partnership,status,rank,rank_p5,rank_p95,score,weight_share,`
//! `outcome_share,` then the seven outcome indicators' values (`host-violence-change`,
//! `host-violence-after`, `no-relapse`, `force-fatality-rate`, `ceiling-delivery`,
//! `contributor-diversity`, `contributor-continuity`; empty where not computed).
//! `weight_share` and `outcome_share` are the shares of the index's weight and of the
//! mission outcomes' weight its observed indicators carry, of the weight of those that
//! apply to it (the years after operations that go on, say, do not). On
//! stderr: each ranked score explained (what each indicator adds), and for each
//! partnership the outcome indicators the records could not give or that do not apply to
//! it (the years after operations that go on), with the reason.
//!
//! A bad command line prints this usage on stderr and exits with code 2; a file that
//! cannot be read or written, with code 1.

use std::error::Error;
use std::path::PathBuf;
use std::process::ExitCode;

use peacekeeping::Date;
use peacekeeping::data::export::{self, Table};
use peacekeeping::data::{ipi, reference};
use peacekeeping::eval::Screening;
use peacekeeping::eval::builtin::{self, PartnershipScorecard};
use peacekeeping_testkit::cli;

const USAGE: &str = "usage: outcomes PANEL [--ipi FILE] [--as-of DATE] [--min-weight X] [--min-outcomes Y] [--runs N] [--seed S]
  PANEL         where to write the mission-year panel (CSV)
  --ipi         IPI's Gender.Full.csv, in place of the embedded contribution reports
  --as-of       the date the partnerships are scored as of (2024-12-31)
  --min-weight  the share of the index weight a partnership's evidence must carry (0.2)
  --min-outcomes  and the share of the mission outcomes' weight (0.4)
  --runs        runs for the rank intervals (1000); --seed S (2024)
prints partnership,status,rank,rank_p5,rank_p95,score,weight_share,outcome_share and the outcome indicators as CSV";

const OPTIONS: [&str; 6] = ["ipi", "as-of", "min-weight", "min-outcomes", "runs", "seed"];

/// The outcome indicators of `Evidence::from_dataset`, in the order of the columns.
const OUTCOMES: [&str; 7] = [
    "host-violence-change",
    "host-violence-after",
    "no-relapse",
    "force-fatality-rate",
    "ceiling-delivery",
    "contributor-diversity",
    "contributor-continuity",
];

/// What the command line asks for.
struct Request {
    panel: PathBuf,
    ipi: Option<PathBuf>,
    as_of: Date,
    min_weight: f64,
    min_outcomes: f64,
    runs: usize,
    seed: u64,
}

fn request() -> Result<Request, String> {
    let args = cli::Args::parse(std::env::args().skip(1), &OPTIONS)?;
    let [panel] = args.positional.as_slice() else {
        return Err("expected PANEL".to_owned());
    };
    let as_of = match args.get::<Date>("as-of")? {
        Some(date) => date,
        None => Date::new(2024, 12, 31).map_err(|e| e.to_string())?,
    };
    Ok(Request {
        panel: PathBuf::from(panel),
        ipi: args.get::<String>("ipi")?.map(PathBuf::from),
        as_of,
        min_weight: args.get("min-weight")?.unwrap_or(builtin::MIN_WEIGHT_SHARE),
        min_outcomes: args
            .get("min-outcomes")?
            .unwrap_or(builtin::MIN_OUTCOME_SHARE),
        runs: args.get("runs")?.unwrap_or(1000),
        seed: args.get("seed")?.unwrap_or(2024),
    })
}

fn main() -> ExitCode {
    match request() {
        Ok(request) => cli::exit_code(run(&request)),
        Err(message) => cli::usage_error(&message, USAGE),
    }
}

fn run(request: &Request) -> Result<(), Box<dyn Error>> {
    let owned;
    let data = match &request.ipi {
        Some(path) => {
            let import =
                ipi::read_gender_full_file(path, Some("ipi-peacekeeping-database".parse()?))?;
            eprintln!("{}", import.report(&path.display().to_string()));
            let (data, merge) = reference::with_contributions(import.strict()?)?;
            eprintln!(
                "{} records left out (dated after their mission's end), {} closing reports added",
                merge.left_out.len(),
                merge.closing.len()
            );
            owned = data;
            &owned
        }
        None => reference::dataset(),
    };

    // The panel the outcomes are measured from.
    let file = std::fs::File::create(&request.panel)
        .map_err(|e| format!("{}: {e}", request.panel.display()))?;
    export::write_table(data, Table::MissionYears, std::io::BufWriter::new(file))?;
    eprintln!(
        "wrote the mission-year panel to {}",
        request.panel.display()
    );

    let card = PartnershipScorecard::new(data, request.as_of)?.with_screening(
        Screening::weight(request.min_weight)?
            .dimension("mission-outcomes", request.min_outcomes)?,
    );
    let screened = card.screened()?;
    // Every unit's share of the index's weight and of the mission outcomes': a screening
    // that demands all of both lists each unit short of either, with its shares.
    let shares = Screening::weight(1.0)?
        .dimension("mission-outcomes", 1.0)?
        .not_applicable(card.report.not_applicable())
        .apply(&card.framework, &card.table)?;
    let share = |unit: &str| {
        shares.left_out.iter().find(|s| s.unit == unit).map_or_else(
            || "1.000,1.000".to_owned(),
            |s| {
                let outcomes = s
                    .short_dimensions
                    .iter()
                    .find(|(d, _)| d == "mission-outcomes")
                    .map_or(1.0, |(_, x)| *x);
                format!("{:.3},{outcomes:.3}", s.weight_share)
            },
        )
    };
    let value = |unit: &str, indicator: &str| {
        card.table
            .value(indicator, unit)
            .map_or_else(String::new, |v| format!("{v:.4}"))
    };

    let mut header = vec![
        "partnership",
        "status",
        "rank",
        "rank_p5",
        "rank_p95",
        "score",
        "weight_share",
        "outcome_share",
    ];
    header.extend(OUTCOMES);
    println!("{}", header.join(","));
    if screened.kept.len() >= 2 {
        let scores = card.scores()?;
        let runs = card.uncertainty().run(request.runs, request.seed)?;
        let mut ranked: Vec<(usize, &String)> = scores
            .units()
            .iter()
            .filter_map(|u| Some((scores.rank(u)?, u)))
            .collect();
        ranked.sort();
        for (rank, unit) in &ranked {
            let interval = runs.interval(unit);
            let mut row = vec![
                (*unit).clone(),
                "ranked".to_owned(),
                rank.to_string(),
                interval.map_or_else(String::new, |r| r.p5.to_string()),
                interval.map_or_else(String::new, |r| r.p95.to_string()),
                scores
                    .index(unit)
                    .map_or_else(String::new, |s| format!("{s:.2}")),
                share(unit),
            ];
            row.extend(OUTCOMES.iter().map(|i| value(unit, i)));
            println!("{}", row.join(","));
            if let Some(why) = scores.explain(unit) {
                eprintln!(
                    "\n{unit}: rank {rank}, score {:.1}, what each indicator adds:",
                    why.score.unwrap_or(f64::NAN)
                );
                let mut parts: Vec<_> = why
                    .contributions
                    .iter()
                    .filter(|c| c.raw.is_some())
                    .collect();
                parts.sort_by(|a, b| b.contribution.total_cmp(&a.contribution));
                for c in parts {
                    eprintln!(
                        "  {:<24} value {:>10.4}  normalized {:>5.1}  weight {:.3}  points {:>5.1}",
                        c.indicator,
                        c.raw.unwrap_or(f64::NAN),
                        c.normalized.unwrap_or(f64::NAN),
                        c.effective_weight,
                        c.contribution
                    );
                }
            }
        }
    } else {
        eprintln!(
            "fewer than two partnerships have enough evidence: none ranked (lower --min-weight or --min-outcomes to rank on thinner evidence)"
        );
    }
    for out in &screened.left_out {
        let mut row = vec![
            out.unit.clone(),
            "insufficient-evidence".to_owned(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            share(&out.unit),
        ];
        row.extend(OUTCOMES.iter().map(|i| value(&out.unit, i)));
        println!("{}", row.join(","));
    }
    eprintln!(
        "\nThe outcome indicators the records could not give, or that do not apply, and why:"
    );
    for unit in &card.report.units {
        for n in card
            .report
            .not_computed_for(unit)
            .filter(|n| OUTCOMES.contains(&n.indicator.as_str()))
        {
            eprintln!("  {n}");
        }
    }
    Ok(())
}
