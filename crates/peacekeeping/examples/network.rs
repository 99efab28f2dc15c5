//! A network metric per actor, from a contribution file, as CSV; optionally the network
//! as GraphML or GEXF.
//!
//! ```sh
//! cargo run --example network -- FILE (--on DATE | --from DATE --to DATE) \
//!     [--projection P] [--metric M] [--weights W] [--alpha F] [--max-iterations N] \
//!     [--layout LAYOUT] [--graphml PATH] [--gexf PATH]
//! ```
//!
//! - `FILE`: a contribution file; `--layout` as in the example `contributors`
//!   (`gender-full`, the default, `data-hub`, `data-hub-before-2010`, `hdx-gender`,
//!   `ipi-full`). Its records replace the reference dataset's own figures
//!   (`peacekeeping::data::reference::with_import`); what was skipped, left out or added
//!   is printed on stderr.
//! - `--on DATE`, or `--from DATE --to DATE` (`YYYY-MM-DD`): the period observed.
//! - `--projection`: `co-deployment` (default; actors with personnel in a mission
//!   together, weighted by the missions they share), `co-membership` (organizations both
//!   are members of; one date, `--on`), `co-training` (trainings both took part in; its
//!   records are the reference dataset's).
//! - `--metric`: `degree` (default), `strength`, `betweenness` (normalized),
//!   `closeness` (Wasserman-Faust), `eigenvector`, `pagerank`, `katz`, `clustering`,
//!   `core-number`: the functions of `peacekeeping::graph::algo`, with networkx's
//!   defaults.
//! - `--weights`: how the metrics that read weights (betweenness, closeness, eigenvector,
//!   pagerank, katz, clustering) read them: `ignore` (default: every tie counts 1) or
//!   `strength` (more shared missions is a stronger, shorter tie). The weights are counts
//!   of shared missions, organizations or trainings, never distances, so there is no
//!   distance reading. `degree`, `strength` and `core-number` take no `--weights`.
//! - `--alpha F`: Katz's attenuation factor (default 0.1, networkx's). The iteration
//!   converges only if `|alpha|` is below `1 / λ_max`, `λ_max` the largest eigenvalue of
//!   the adjacency matrix (weighted as `--weights` says); on a dense network 0.1 is too
//!   large. When Katz does not converge, the example estimates `λ_max`
//!   (`peacekeeping::graph::algo::spectral_radius`), prints `1 / λ_max` and an alpha
//!   that converges quickly, `0.9 / λ_max` rounded down, and exits with code 1. For the
//!   co-deployment network of December 2013, `λ_max` = 91.6982 and the alpha 0.0098.
//! - `--max-iterations N`: the iterations allowed to `eigenvector` (default 100),
//!   `pagerank` (100) and `katz` (1000) before they give up.
//! - `--graphml PATH`, `--gexf PATH`: also write the network there.
//!
//! On stdout: `actor,name,value`, one line per actor of the network, in id order.
//!
//! A bad command line prints this usage on stderr and exits with code 2; a file that
//! cannot be read or used, or a metric that fails (say, an iteration that does not
//! converge), exits with code 1.

use peacekeeping_testkit::cli;
use std::error::Error;
use std::path::PathBuf;
use std::process::ExitCode;

use peacekeeping::data::contributions::{self, Format};
use peacekeeping::data::reference;
use peacekeeping::graph::algo::{
    self, AlgorithmError, ClosenessScale, EigenvectorOptions, KatzOptions, PageRankOptions, Scale,
    Weights,
};
use peacekeeping::graph::{
    ActorNetwork, CoDeploymentWeight, ExportGraph, Network, co_deployment, co_membership,
    co_training,
};
use peacekeeping::{Date, Period};

const USAGE: &str = "usage: network FILE (--on DATE | --from DATE --to DATE) [--projection P] \
[--metric M] [--weights W] [--alpha F] [--max-iterations N] [--layout LAYOUT] \
[--graphml PATH] [--gexf PATH]
  --projection      co-deployment (default), co-membership (needs --on), co-training
  --metric          degree (default), strength, betweenness, closeness, eigenvector,
                    pagerank, katz, clustering, core-number
  --weights         ignore (default) or strength; not for degree, strength, core-number
  --alpha           katz only: the attenuation factor (0.1), below 1 / largest eigenvalue
  --max-iterations  eigenvector, pagerank, katz: iterations before giving up
  --layout          gender-full (default), data-hub, data-hub-before-2010, hdx-gender,
                    ipi-full
prints actor,name,value as CSV";

const OPTIONS: [&str; 11] = [
    "on",
    "from",
    "to",
    "projection",
    "metric",
    "weights",
    "alpha",
    "max-iterations",
    "layout",
    "graphml",
    "gexf",
];

/// The metrics, and whether each reads weights.
const METRICS: [(&str, bool); 9] = [
    ("degree", false),
    ("strength", false),
    ("betweenness", true),
    ("closeness", true),
    ("eigenvector", true),
    ("pagerank", true),
    ("katz", true),
    ("clustering", true),
    ("core-number", false),
];

/// What the command line asks for.
struct Request {
    file: PathBuf,
    layout: Format,
    period: Period,
    projection: String,
    metric: &'static str,
    /// `None` for a metric that reads no weights.
    weights: Option<Weights>,
    /// Katz's attenuation factor, if given.
    alpha: Option<f64>,
    /// The iterations allowed to a power iteration, if given.
    max_iterations: Option<usize>,
    graphml: Option<PathBuf>,
    gexf: Option<PathBuf>,
}

fn request() -> Result<Request, String> {
    let args = cli::Args::parse(std::env::args().skip(1), &OPTIONS)?;
    let [file] = args.positional.as_slice() else {
        return Err("expected one FILE".to_owned());
    };
    let period = match (
        args.get::<Date>("on")?,
        args.get::<Date>("from")?,
        args.get::<Date>("to")?,
    ) {
        (Some(on), None, None) => Period::day(on),
        (None, Some(from), Some(to)) => Period::between(from, to).map_err(|e| e.to_string())?,
        _ => return Err("give --on DATE, or --from DATE and --to DATE".to_owned()),
    };
    let projection = args
        .get::<String>("projection")?
        .unwrap_or_else(|| "co-deployment".to_owned());
    match projection.as_str() {
        "co-deployment" | "co-training" => {}
        "co-membership" if period.days() == Some(1) => {}
        "co-membership" => return Err("co-membership is of one date: give --on".to_owned()),
        other => return Err(format!("unknown projection {other:?}")),
    }
    let metric = args.get::<String>("metric")?;
    let metric = metric.as_deref().unwrap_or("degree");
    let &(metric, reads_weights) = METRICS
        .iter()
        .find(|(name, _)| *name == metric)
        .ok_or_else(|| format!("unknown metric {metric:?}"))?;
    let weights = match args.get::<String>("weights")?.as_deref() {
        Some(_) if !reads_weights => return Err(format!("{metric} takes no --weights")),
        None | Some("ignore") => Weights::Ignore,
        Some("strength") => Weights::AsStrength,
        Some(other) => return Err(format!("unknown --weights {other:?}")),
    };
    let weights = reads_weights.then_some(weights);
    let alpha = args.get::<f64>("alpha")?;
    match alpha {
        Some(_) if metric != "katz" => return Err("--alpha is for katz only".to_owned()),
        Some(a) if !a.is_finite() => return Err(format!("--alpha {a}: not a finite number")),
        _ => {}
    }
    let max_iterations = args.get::<usize>("max-iterations")?;
    match max_iterations {
        Some(_) if !["eigenvector", "pagerank", "katz"].contains(&metric) => {
            return Err(format!("{metric} takes no --max-iterations"));
        }
        Some(0) => return Err("--max-iterations must be at least 1".to_owned()),
        _ => {}
    }
    Ok(Request {
        file: PathBuf::from(file),
        layout: args.get("layout")?.unwrap_or_default(),
        period,
        projection,
        metric,
        weights,
        alpha,
        max_iterations,
        graphml: args.get("graphml")?,
        gexf: args.get("gexf")?,
    })
}

fn main() -> ExitCode {
    let request = match request() {
        Ok(request) => request,
        Err(message) => return cli::usage_error(&message, USAGE),
    };
    cli::exit_code(run(&request))
}

fn run(request: &Request) -> Result<(), Box<dyn Error>> {
    let file = request.file.display().to_string();
    let import = contributions::read_file(&request.file, request.layout, None)?;
    eprint!("{}", import.report(&file));
    let (data, merge) = reference::with_import(import)?;
    eprint!("{}", merge.report(&file));
    let data = &data;
    let period = request.period;
    let net = match request.projection.as_str() {
        "co-membership" => co_membership(data, period.start())?,
        "co-training" => co_training(data, period)?,
        _ => co_deployment(data, period, CoDeploymentWeight::SharedMissions)?,
    };
    let weights = request
        .weights
        .map_or_else(String::new, |w| format!(" (weights: {w})"));
    eprintln!(
        "{} network: {} actors, {} ties; {}{weights}",
        request.projection,
        net.node_count(),
        net.edge_count(),
        request.metric,
    );
    let values = metric(&net, request)?;
    println!("actor,name,value");
    for (actor, value) in net.per_actor(&values) {
        let name = data.actor(actor.as_str()).map_or("", |a| a.name.as_str());
        println!("{actor},{},{value}", peacekeeping::csv_field(name));
    }
    let export = || ExportGraph::from_actor_network(&net, Some(data));
    if let Some(path) = &request.graphml {
        export().write_graphml_file(path)?;
    }
    if let Some(path) = &request.gexf {
        export().write_gexf_file(path)?;
    }
    Ok(())
}

/// The metric the request names, of each node; networkx's defaults but for `--alpha` and
/// `--max-iterations`.
fn metric(net: &ActorNetwork, request: &Request) -> Result<Vec<f64>, Box<dyn Error>> {
    let g = net.network();
    let weights = request.weights.unwrap_or(Weights::Ignore);
    let as_f64 = |v: Vec<usize>| v.into_iter().map(|x| x as f64).collect();
    let mut eigenvector = EigenvectorOptions::default();
    let mut pagerank = PageRankOptions::default();
    let mut katz = KatzOptions::default();
    if let Some(n) = request.max_iterations {
        eigenvector = eigenvector.max_iterations(n);
        pagerank = pagerank.max_iterations(n);
        katz = katz.max_iterations(n);
    }
    katz = katz.alpha(request.alpha.unwrap_or(katz.alpha));
    Ok(match request.metric {
        "degree" => as_f64(algo::degree(g)),
        "strength" => algo::strength(g),
        "betweenness" => algo::betweenness(g, weights, Scale::Normalized),
        "closeness" => algo::closeness(g, weights, ClosenessScale::WassermanFaust),
        "eigenvector" => algo::eigenvector(g, weights, &eigenvector)?,
        "pagerank" => algo::pagerank(g, weights, &pagerank)?,
        "katz" => match algo::katz(g, weights, &katz) {
            Err(e @ AlgorithmError::NotConverged { .. }) => {
                return Err(format!("{e}: {}", katz_advice(g, weights, katz.alpha)).into());
            }
            result => result?,
        },
        "clustering" => algo::clustering(g, weights)?,
        _ => as_f64(algo::core_number(g)?),
    })
}

/// What to do when Katz does not converge: `|alpha|` against `1 / λ_max`, with `λ_max`
/// the largest eigenvalue of the adjacency matrix (weighted as `weights` says,
/// `algo::spectral_radius`), and an `--alpha` that converges quickly, `0.9 / λ_max`
/// rounded down.
fn katz_advice(g: &Network, weights: Weights, alpha: f64) -> String {
    let options = EigenvectorOptions::default().max_iterations(10_000);
    let lambda = match algo::spectral_radius(g, weights, &options) {
        Ok(lambda) if lambda > 0.0 => lambda,
        Ok(_) => return "the network has no edge".to_owned(),
        Err(e) => return format!("λ_max could not be estimated ({e}): give a smaller --alpha"),
    };
    let limit = 1.0 / lambda;
    let what = format!(
        "1 / λ_max = {limit:.6} (λ_max = {lambda:.4}, the largest eigenvalue of the adjacency \
         matrix)"
    );
    let suggestion = two_digits_below(0.9 / lambda);
    if alpha.abs() < limit {
        format!(
            "alpha {alpha} is below {what} but close to it: give a smaller --alpha, e.g. \
             {suggestion} (0.9 / λ_max), or raise --max-iterations"
        )
    } else {
        format!(
            "alpha {alpha} is not below {what}: give a smaller --alpha, e.g. {suggestion} \
             (0.9 / λ_max)"
        )
    }
}

/// `x > 0` rounded down to two significant digits, as text.
fn two_digits_below(x: f64) -> String {
    let decimals = (1.0 - x.log10().floor()).max(0.0) as usize;
    let scale = 10f64.powi(decimals as i32);
    format!("{:.decimals$}", (x * scale).floor() / scale)
}
