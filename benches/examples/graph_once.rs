//! The Rust side of `benches/peers/graph_run.sh`: times the jobs of
//! `benches/peers/graph_peers.py` on the same graphs (from
//! `peacekeeping_benches::graph_input`) and prints one line per job:
//!
//! ```text
//! job=betweenness median=2.41 min=2.38 max=2.50 cpu=4.79 runs=5
//! ```
//!
//! (wall-clock seconds: median, fastest, slowest of the runs; `cpu`: the median CPU
//! seconds of a run, all threads added up.)
//!
//! Usage: `graph_once [--repeat N] [--memory-only]`. With `--memory-only` it only builds
//! the 100,000-node / 1,000,000-edge network (for `/usr/bin/time -v`).

use std::hint::black_box;
use std::time::Instant;

use peacekeeping_benches::graph_input::{LARGE, SMALL, checksum, gnm_edges};
use peacekeeping_graph::algo::{self, LouvainOptions, PageRankOptions, Scale};
use peacekeeping_graph::{Network, Weights};

/// CPU time of this process so far (user + system, all threads), from `/proc/self/stat`
/// (Linux; clock ticks of 1/100 s); `None` elsewhere.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which ends with ')'): utime is the 12th, stime the 13th.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

/// Runs `job` `repeat` times: (median, min, max) wall seconds and median CPU seconds.
fn time<T>(repeat: usize, mut job: impl FnMut() -> T) -> [f64; 4] {
    let mut wall = Vec::new();
    let mut cpu = Vec::new();
    for _ in 0..repeat.max(1) {
        let cpu_start = cpu_seconds().unwrap_or(f64::NAN);
        let start = Instant::now();
        black_box(job());
        wall.push(start.elapsed().as_secs_f64());
        cpu.push(cpu_seconds().unwrap_or(f64::NAN) - cpu_start);
    }
    wall.sort_by(f64::total_cmp);
    cpu.sort_by(f64::total_cmp);
    [
        wall[wall.len() / 2],
        wall[0],
        wall[wall.len() - 1],
        cpu[cpu.len() / 2],
    ]
}

fn report(job: &str, repeat: usize, [median, min, max, cpu]: [f64; 4]) {
    println!("job={job} median={median:.6} min={min:.6} max={max:.6} cpu={cpu:.3} runs={repeat}");
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let repeat = match args.iter().position(|a| a == "--repeat") {
        Some(i) => args.get(i + 1).ok_or("--repeat needs a number")?.parse()?,
        None => 5,
    };
    let large_edges = gnm_edges(LARGE.0, LARGE.1, LARGE.2, true);
    if args.iter().any(|a| a == "--memory-only") {
        let net = Network::directed(LARGE.0, large_edges.iter().map(|&(a, b)| (a, b, 1.0)))?;
        println!(
            "built: {} nodes, {} edges",
            net.node_count(),
            net.edge_count()
        );
        return Ok(());
    }
    let small_edges = gnm_edges(SMALL.0, SMALL.1, SMALL.2, false);
    println!(
        "checksum small={} large={}",
        checksum(&small_edges),
        checksum(&large_edges)
    );
    let small = Network::undirected(SMALL.0, small_edges.iter().map(|&(a, b)| (a, b, 1.0)))?;
    let large = Network::directed(LARGE.0, large_edges.iter().map(|&(a, b)| (a, b, 1.0)))?;
    println!("threads={}", rayon_threads());

    report(
        "betweenness",
        repeat,
        time(repeat, || {
            algo::betweenness(&small, Weights::Ignore, Scale::Raw)
        }),
    );
    let loose = PageRankOptions::default();
    report(
        "pagerank_tol1e-6",
        repeat,
        time(repeat, || algo::pagerank(&large, Weights::Ignore, &loose)),
    );
    let tight = loose.tolerance(1e-15).max_iterations(1000);
    report(
        "pagerank_tol1e-15",
        repeat,
        time(repeat, || algo::pagerank(&large, Weights::Ignore, &tight)),
    );
    let options = LouvainOptions::default();
    report(
        "communities",
        repeat,
        time(repeat, || algo::louvain(&small, Weights::Ignore, &options)),
    );
    let found = algo::louvain(&small, Weights::Ignore, &options)?;
    println!(
        "modularity={:.6} communities={}",
        found.modularity,
        found.count()
    );
    let pr = algo::pagerank(&large, Weights::Ignore, &tight)?;
    let top = (0..pr.len())
        .max_by(|&a, &b| pr[a].total_cmp(&pr[b]))
        .ok_or("empty")?;
    println!("pagerank_top node={top} value={:.12}", pr[top]);
    Ok(())
}

/// The number of threads the algorithms run on (rayon's global pool).
fn rayon_threads() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}
