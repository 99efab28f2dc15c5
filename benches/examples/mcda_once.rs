//! A multi-criteria method on the 100,000 x 20 matrix of [`peacekeeping_benches::topsis_job`],
//! timed in one process for `benches/peers/run_eval.sh`: prints the best wall time of
//! `--repeat N` runs (default 20) as `best_seconds=…`, and a checksum of the scores that
//! the Python peer must match. `--method` names the method: `topsis` (min-max, the
//! default), `moora`, `aras`, `edas`, `mabac`, `mairca`, `spotis` (bounds: each column's
//! minimum and maximum), `codas` (threshold 0.02), `ocra` or `marcos`.
//!
//!     cargo run --release -p peacekeeping-benches --example mcda_once -- --method aras --repeat 20

use std::time::Instant;

use peacekeeping_benches::topsis_job::{ALTERNATIVES, CRITERIA, matrix, weights};
use peacekeeping_eval::{
    DecisionMatrix, MatrixNormalization, MethodError, Ranking, aras, codas, edas, mabac, mairca,
    marcos, moora, ocra, spotis, topsis,
};

type Method = fn(&DecisionMatrix, &[f64]) -> Result<Ranking, MethodError>;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let value = |flag: &str| args.iter().position(|a| a == flag).map(|i| args.get(i + 1));
    let repeat = match value("--repeat") {
        Some(v) => v.ok_or("--repeat needs a number")?.parse()?,
        None => 20usize,
    };
    let name = match value("--method") {
        Some(v) => v.ok_or("--method needs a name")?.as_str(),
        None => "topsis",
    };
    let method: Method = match name {
        "topsis" => |m, w| topsis(m, w, MatrixNormalization::MinMax),
        "moora" => moora,
        "aras" => aras,
        "edas" => edas,
        "mabac" => mabac,
        "mairca" => mairca,
        "spotis" => |m, w| spotis(m, w, None),
        "codas" => |m, w| codas(m, w, 0.02),
        "ocra" => ocra,
        "marcos" => marcos,
        other => return Err(format!("unknown method `{other}`").into()),
    };
    let m = matrix(ALTERNATIVES)?;
    let w = weights();
    let mut best = f64::INFINITY;
    let mut checksum = 0.0;
    for _ in 0..repeat.max(1) {
        let start = Instant::now();
        let r = method(std::hint::black_box(&m), &w)?;
        best = best.min(start.elapsed().as_secs_f64());
        checksum = r.scores.iter().sum::<f64>();
    }
    let label = if name == "topsis" {
        "topsis min-max"
    } else {
        name
    };
    println!(
        "rust peacekeeping-eval {label} {ALTERNATIVES} x {CRITERIA}, {} threads",
        threads()
    );
    println!("checksum={checksum:.9}");
    println!("best_seconds={best:.6}");
    Ok(())
}

fn threads() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}
