//! TOPSIS (min-max) on the 100,000 x 20 matrix of [`peacekeeping_benches::topsis_job`],
//! timed in one process for `benches/peers/run_eval.sh`: prints the best wall time of
//! `--repeat N` runs (default 20) as `best_seconds=…`, and a checksum of the scores that
//! the Python peer must match.
//!
//!     cargo run --release -p peacekeeping-benches --example topsis_once -- --repeat 20

use std::time::Instant;

use peacekeeping_benches::topsis_job::{ALTERNATIVES, CRITERIA, matrix, weights};
use peacekeeping_eval::{MatrixNormalization, topsis};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let repeat = match args.iter().position(|a| a == "--repeat") {
        Some(i) => args.get(i + 1).ok_or("--repeat needs a number")?.parse()?,
        None => 20usize,
    };
    let m = matrix(ALTERNATIVES)?;
    let w = weights();
    let mut best = f64::INFINITY;
    let mut checksum = 0.0;
    for _ in 0..repeat.max(1) {
        let start = Instant::now();
        let r = topsis(std::hint::black_box(&m), &w, MatrixNormalization::MinMax)?;
        best = best.min(start.elapsed().as_secs_f64());
        checksum = r.scores.iter().sum::<f64>();
    }
    println!(
        "rust peacekeeping-eval topsis min-max {ALTERNATIVES} x {CRITERIA}, {} threads",
        threads()
    );
    println!("checksum={checksum:.9}");
    println!("best_seconds={best:.6}");
    Ok(())
}

fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}
