//! A network metric per actor, from a contribution file, as CSV; optionally the network
//! as GraphML or GEXF.
//!
//! ```sh
//! cargo run --example network -- FILE (--on DATE | --from DATE --to DATE) \
//!     [--projection P] [--metric M] [--weights W] [--layout LAYOUT] \
//!     [--graphml PATH] [--gexf PATH]
//! ```
//!
//! - `FILE`: a contribution file; `--layout` as in the example `contributors`
//!   (`gender-full`, the default, `data-hub`, `data-hub-before-2010`, `hdx-gender`,
//!   `ipi-full`). Its records replace the reference dataset's own figures
//!   (`peacekeeping::data::reference::with_contributions`); what was skipped, left out
//!   or added is printed on stderr.
//! - `--on DATE`, or `--from DATE --to DATE` (`YYYY-MM-DD`): the period observed.
//! - `--projection`: `co-deployment` (default; actors with personnel in a mission
//!   together, weighted by the missions they share), `co-membership` (organizations both
//!   are members of; one date, `--on`), `co-training` (trainings both took part in; its
//!   records are the reference dataset's).
//! - `--metric`: `degree` (default), `strength`, `betweenness` (normalized),
//!   `closeness` (Wasserman-Faust), `eigenvector`, `pagerank`, `katz`, `clustering`,
//!   `core-number`: the functions of `peacekeeping::graph::algo`, with networkx's
//!   defaults. (Katz's default attenuation, 0.1, must be below `1 / λ_max`: on a dense
//!   network such as the co-deployment network of December 2013 it does not converge,
//!   and the example says so and exits with code 1.)
//! - `--weights`: how the metrics that read weights (betweenness, closeness, eigenvector,
//!   pagerank, katz, clustering) read them: `ignore` (default: every tie counts 1) or
//!   `strength` (more shared missions is a stronger, shorter tie). The weights are counts
//!   of shared missions, organizations or trainings, never distances, so there is no
//!   distance reading. `degree`, `strength` and `core-number` take no `--weights`.
//! - `--graphml PATH`, `--gexf PATH`: also write the network there.
//!
//! On stdout: `actor,name,value`, one line per actor of the network, in id order.
//!
//! A bad command line prints this usage on stderr and exits with code 2; a file that
//! cannot be read or used, or a metric that fails (say, an iteration that does not
//! converge), exits with code 1.

#[path = "support/input.rs"]
mod input;

use std::error::Error;
use std::path::PathBuf;
use std::process::ExitCode;

use peacekeeping::graph::algo::{self, Weights};
use peacekeeping::graph::{
    ActorNetwork, CoDeploymentWeight, ExportGraph, co_deployment, co_membership, co_training,
};
use peacekeeping::{Dataset, Date, Period};

const USAGE: &str = "usage: network FILE (--on DATE | --from DATE --to DATE) [--projection P] \
[--metric M] [--weights W] [--layout LAYOUT] [--graphml PATH] [--gexf PATH]
  --projection  co-deployment (default), co-membership (needs --on), co-training
  --metric      degree (default), strength, betweenness, closeness, eigenvector, pagerank,
                katz, clustering, core-number
  --weights     ignore (default) or strength; not for degree, strength, core-number
  --layout      gender-full (default), data-hub, data-hub-before-2010, hdx-gender, ipi-full
prints actor,name,value as CSV";

const OPTIONS: [&str; 9] = [
    "on",
    "from",
    "to",
    "projection",
    "metric",
    "weights",
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
    layout: Option<String>,
    period: Period,
    projection: String,
    metric: &'static str,
    /// `None` for a metric that reads no weights.
    weights: Option<Weights>,
    graphml: Option<PathBuf>,
    gexf: Option<PathBuf>,
}

fn request() -> Result<Request, String> {
    let args = input::Args::parse(std::env::args().skip(1), &OPTIONS)?;
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
    Ok(Request {
        file: PathBuf::from(file),
        layout: args.get("layout")?,
        period,
        projection,
        metric,
        weights,
        graphml: args.get("graphml")?,
        gexf: args.get("gexf")?,
    })
}

fn main() -> ExitCode {
    let request = match request() {
        Ok(request) => request,
        Err(message) => return input::usage_error(&message, USAGE),
    };
    let data = match input::dataset(&request.file, request.layout.as_deref(), USAGE) {
        Ok(data) => data,
        Err(code) => return code,
    };
    input::exit_code(run(&request, &data))
}

fn run(request: &Request, data: &Dataset) -> Result<(), Box<dyn Error>> {
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
    let values = metric(&net, request.metric, request.weights)?;
    println!("actor,name,value");
    for (actor, value) in net.per_actor(&values) {
        let name = data.actor(actor.as_str()).map_or("", |a| a.name.as_str());
        println!("{actor},{},{value}", input::csv_field(name));
    }
    let export = || ExportGraph::from_actor_network(&net, Some(data));
    if let Some(path) = &request.graphml {
        std::fs::write(path, export().to_graphml())?;
    }
    if let Some(path) = &request.gexf {
        std::fs::write(path, export().to_gexf())?;
    }
    Ok(())
}

/// The metric `name` of each node, networkx's defaults.
fn metric(
    net: &ActorNetwork,
    name: &str,
    weights: Option<Weights>,
) -> Result<Vec<f64>, Box<dyn Error>> {
    let g = net.network();
    let weights = weights.unwrap_or(Weights::Ignore);
    let as_f64 = |v: Vec<usize>| v.into_iter().map(|x| x as f64).collect();
    Ok(match name {
        "degree" => as_f64(algo::degree(g)),
        "strength" => algo::strength(g),
        "betweenness" => algo::betweenness(g, weights, true),
        "closeness" => algo::closeness(g, weights, true),
        "eigenvector" => algo::eigenvector(g, weights, &Default::default())?,
        "pagerank" => algo::pagerank(g, weights, &Default::default())?,
        "katz" => algo::katz(g, weights, &Default::default())?,
        "clustering" => algo::clustering(g, weights)?,
        _ => as_f64(algo::core_number(g)?),
    })
}
