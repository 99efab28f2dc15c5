//! The Monte Carlo uncertainty analysis of [`peacekeeping_benches::uncertainty_job`] (200
//! units x 30 indicators, 10,000 replications over weights, normalization and
//! aggregation), run once in its own process, so that its peak memory can be read with
//! `/usr/bin/time -v`. Prints the wall time, the failed replications and a checksum of
//! the median ranks.
//!
//!     cargo build --release -p peacekeeping-benches --example uncertainty_once
//!     /usr/bin/time -v target/release/examples/uncertainty_once

use std::time::Instant;

use peacekeeping_benches::uncertainty_job::{REPLICATIONS, analysis, framework, table};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let fw = framework()?;
    let t = table()?;
    let start = Instant::now();
    let result = analysis(&fw, &t).run(REPLICATIONS, 42)?;
    let seconds = start.elapsed().as_secs_f64();
    let checksum: usize = result.ranks().median().iter().sum();
    println!(
        "uncertainty 200 x 30, {REPLICATIONS} replications, {} cores available: {seconds:.3} s",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    println!(
        "failed={} mean_abs_rank_shift={:.3} median_checksum={checksum}",
        result.failures().len(),
        result.ranks().mean_absolute_rank_shift()
    );
    Ok(())
}
