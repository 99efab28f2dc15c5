//! The co-deployment network of 31 December 2013 built from the IPI file
//! `ipi-tcc/Gender.Full.csv`: its size, its ten main brokers by betweenness and its
//! Louvain communities, with the edge list, the partition and the scores written for
//! `scripts/check_co_deployment.py` to recompute with networkx (run by `.ci/run`).
//!
//! - Input: the reference dataset with its contribution figures replaced by the whole file
//!   (`peacekeeping_testkit::ipi_dataset`, through `peacekeeping_data::reference::with_contributions`:
//!   every contributor and mission of the file is in the reference dataset; reports dated
//!   after their mission's end are left out; a mission that drops out of the file gets a
//!   closing report).
//! - Network: `co_deployment(data, Period::day(2013-12-31), SharedMissions)`: actors with
//!   personnel in some mission on that date, linked when they serve in a mission
//!   together; the weight is the number of missions they share.
//! - Betweenness: unweighted (`Weights::Ignore`) and normalized (by the `(n-1)(n-2)/2`
//!   pairs of other nodes), as networkx's `betweenness_centrality(G)`. Shared missions
//!   are a strength, not a length, so they are not read as distances.
//! - Communities: `algo::louvain` on the weights read as strengths (`Weights::AsStrength`,
//!   resolution 1, seed 0), with their modularity.
//!
//! Usage:
//!
//! ```sh
//! cargo run -p peacekeeping-graph --example co_deployment_2013 -- [DATA_DIR] \
//!     [--edges PATH] [--partition PATH] [--betweenness PATH] [--summary PATH]
//! ```
//!
//! `DATA_DIR` is the shared data directory (default: `$PEACEKEEPING_SHARED_DATA`, else
//! `../shared/data`). The files: `--edges` `source,target,weight`; `--partition`
//! `actor,community` (every node, isolated ones included); `--betweenness`
//! `actor,betweenness` (every node); `--summary` `key,value` (nodes, edges, communities,
//! modularity, seed). A bad command line prints the usage on stderr and exits with code
//! 2; an error (the file cannot be read, a file cannot be written) exits with code 1.

use std::error::Error;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use peacekeeping_core::{Date, Period};
use peacekeeping_graph::algo::{self, LouvainOptions, Scale};
use peacekeeping_graph::{CoDeploymentWeight, ExportGraph, Weights, co_deployment};
use peacekeeping_testkit::cli::{self, Args};

const USAGE: &str = "usage: co_deployment_2013 [DATA_DIR] [--edges PATH] [--partition PATH] \
                     [--betweenness PATH] [--summary PATH]";

/// The paths given on the command line.
struct Paths {
    dir: Option<PathBuf>,
    edges: Option<PathBuf>,
    partition: Option<PathBuf>,
    betweenness: Option<PathBuf>,
    summary: Option<PathBuf>,
}

/// The paths of the command line, or what is wrong with it.
fn paths() -> Result<Paths, String> {
    let args = Args::parse(
        std::env::args().skip(1),
        &["edges", "partition", "betweenness", "summary"],
    )?;
    let dir = match args.positional.as_slice() {
        [] => None,
        [dir] => Some(PathBuf::from(dir)),
        [_, extra, ..] => return Err(format!("unexpected argument {extra:?}")),
    };
    Ok(Paths {
        dir,
        edges: args.get("edges")?,
        partition: args.get("partition")?,
        betweenness: args.get("betweenness")?,
        summary: args.get("summary")?,
    })
}

fn main() -> ExitCode {
    match paths() {
        Ok(paths) => cli::exit_code(run(&paths)),
        Err(message) => cli::usage_error(&message, USAGE),
    }
}

fn run(args: &Paths) -> Result<(), Box<dyn Error>> {
    let dir = args.dir.clone().unwrap_or_else(|| {
        std::env::var_os("PEACEKEEPING_SHARED_DATA")
            .map_or_else(|| PathBuf::from("../shared/data"), PathBuf::from)
    });
    let path = dir.join(peacekeeping_testkit::GENDER_FULL);
    let ipi = peacekeeping_testkit::ipi_dataset(&path)?;
    println!(
        "{}: {} records over {} months ({} to {}), {} dated after their mission's end left \
         out, {} closing reports added",
        path.display(),
        ipi.imported,
        ipi.months.len(),
        ipi.months.first().ok_or("the file has no record")?,
        ipi.months.last().ok_or("the file has no record")?,
        ipi.merge.left_out.len(),
        ipi.merge.closing.len()
    );

    let date = Date::new(2013, 12, 31)?;
    let net = co_deployment(
        &ipi.data,
        Period::day(date),
        CoDeploymentWeight::SharedMissions,
    )?;
    println!(
        "\nco-deployment network of {date} (weight: shared missions): {} nodes, {} edges",
        net.node_count(),
        net.edge_count()
    );

    let scores = algo::betweenness(net.network(), Weights::Ignore, Scale::Normalized);
    let ranked = net.ranked(&scores); // ties in id order, the network's node order
    println!("\ntop 10 by betweenness (unweighted, normalized):");
    for (rank, (actor, value)) in ranked.iter().take(10).enumerate() {
        let name = ipi
            .data
            .actor(actor.as_str())
            .map_or("", |a| a.name.as_str());
        println!("{:>3}. {actor:<4} {value:.6}  {name}", rank + 1);
    }

    let options = LouvainOptions::default();
    let communities = algo::louvain(net.network(), Weights::AsStrength, &options)?;
    println!(
        "\nLouvain (weights as strengths, resolution {}, seed {}): {} communities, modularity {:.6}",
        options.resolution,
        options.seed,
        communities.count(),
        communities.modularity
    );
    for (c, members) in communities.members().iter().enumerate() {
        let ids: Vec<&str> = members
            .iter()
            .filter_map(|&v| net.actor(v).map(|a| a.as_str()))
            .collect();
        println!("{c:>3} ({:>3}): {}", ids.len(), ids.join(" "));
    }

    if let Some(p) = &args.edges {
        ExportGraph::from_actor_network(&net, None).write_edges_csv_file(p)?;
    }
    if let Some(p) = &args.partition {
        std::fs::write(p, table("actor,community", &net, &communities.partition))?;
    }
    if let Some(p) = &args.betweenness {
        std::fs::write(p, table("actor,betweenness", &net, &scores))?;
    }
    if let Some(p) = &args.summary {
        let summary = format!(
            "key,value\nnodes,{}\nedges,{}\ncommunities,{}\nmodularity,{}\nseed,{}\n",
            net.node_count(),
            net.edge_count(),
            communities.count(),
            communities.modularity,
            options.seed
        );
        std::fs::write(p, summary)?;
    }
    Ok(())
}

/// One line per node: the actor, then its value (shortest round-trip form).
fn table<T: std::fmt::Display>(
    header: &str,
    net: &peacekeeping_graph::ActorNetwork,
    values: &[T],
) -> String {
    let mut out = format!("{header}\n");
    for (actor, value) in net.actors().iter().zip(values) {
        let _ = writeln!(out, "{actor},{value}");
    }
    out
}
