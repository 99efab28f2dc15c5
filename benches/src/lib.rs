//! Criterion benchmarks of the peacekeeping workspace; see `benches/`.
//!
//! The library holds what the data bench (`benches/data.rs`) and the side-by-side program
//! of `peers/run.sh` (`examples/gender_full_once.rs`) share, so both time the same job;
//! likewise [`outcome_panel`] for `benches/outcome_panel.rs` and
//! `examples/outcome_panel_once.rs` (`peers/run_outcomes.sh`).

pub mod graph_input;
pub mod outcome_panel;
pub mod rustworkx_side;

use std::path::PathBuf;

/// The environment variable that names the shared data directory, overriding the default
/// `../shared/data` beside the repository.
pub const DATA_DIR_VAR: &str = "PEACEKEEPING_SHARED_DATA";

/// The file at `relative` inside the shared data directory: under
/// `$PEACEKEEPING_SHARED_DATA` if that is set, otherwise under `shared/data` beside the
/// repository. `None` if the file is not there (the benches of it are then skipped).
#[must_use]
pub fn shared_data_file(relative: &str) -> Option<PathBuf> {
    let dir = std::env::var_os(DATA_DIR_VAR).map_or_else(
        || PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../shared/data")),
        PathBuf::from,
    );
    let path = dir.join(relative);
    path.is_file().then_some(path)
}

pub mod gender_full {
    //! The job of the `Gender.Full.csv` benchmarks: import the IPI file with
    //! [`peacekeeping_data::ipi::read_gender_full_file`], then total the personnel of
    //! every contributor in every month, as `benches/peers/gender_full_pandas.py` does
    //! with pandas.

    use std::collections::HashMap;
    use std::hash::{BuildHasherDefault, Hasher};
    use std::path::PathBuf;

    use peacekeeping_core::{ActorId, Contribution};

    /// The totals of [`aggregate`]: by (contributor, month).
    pub type Totals<'a> = HashMap<(&'a ActorId, Month), u64, BuildHasherDefault<FxHasher>>;

    /// The multiply-rotate hash of rustc and Firefox ("FxHash"): much cheaper than the
    /// standard library's SipHash on short keys, and enough for keys that are not chosen
    /// by an adversary, as here (about a fifth of the job was hashing with SipHash).
    #[derive(Default)]
    pub struct FxHasher {
        hash: u64,
    }

    impl FxHasher {
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

        fn add(&mut self, word: u64) {
            self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(Self::SEED);
        }
    }

    impl Hasher for FxHasher {
        fn write(&mut self, bytes: &[u8]) {
            let mut chunks = bytes.chunks_exact(8);
            for chunk in &mut chunks {
                let mut word = [0u8; 8];
                word.copy_from_slice(chunk);
                self.add(u64::from_le_bytes(word));
            }
            for &b in chunks.remainder() {
                self.add(u64::from(b));
            }
        }

        fn write_u8(&mut self, i: u8) {
            self.add(u64::from(i));
        }

        fn write_u32(&mut self, i: u32) {
            self.add(u64::from(i));
        }

        fn write_i32(&mut self, i: i32) {
            self.add(u64::from(u32::from_ne_bytes(i.to_ne_bytes())));
        }

        fn write_u64(&mut self, i: u64) {
            self.add(i);
        }

        fn write_usize(&mut self, i: usize) {
            self.add(i as u64);
        }

        fn finish(&self) -> u64 {
            self.hash
        }
    }

    /// The environment variable that names the shared data directory (the one holding
    /// `ipi-tcc/Gender.Full.csv`), overriding the default `../shared/data` beside the
    /// repository.
    pub const DATA_DIR_VAR: &str = crate::DATA_DIR_VAR;

    /// The file's path inside the shared data directory.
    pub const FILE: &str = "ipi-tcc/Gender.Full.csv";

    /// A reporting month: (year, month 1-12).
    pub type Month = (i32, u32);

    /// The month `SOURCES.md` gives a total for, and that total: the sum of
    /// `Gender.Full.csv` for December 2013 is the UN's December 2013 system total.
    pub const CHECK: (Month, u64) = ((2013, 12), 98_200);

    /// Where `Gender.Full.csv` is: under `$PEACEKEEPING_SHARED_DATA` if that is set,
    /// otherwise under `shared/data` beside the repository. `None` if the file is not
    /// there (the data benches are then skipped).
    #[must_use]
    pub fn locate() -> Option<PathBuf> {
        crate::shared_data_file(FILE)
    }

    /// Total personnel (all categories, both sexes) by contributor and reporting month.
    /// Records that are not personnel reports count for nothing.
    #[must_use]
    pub fn aggregate(records: &[Contribution]) -> Totals<'_> {
        let mut totals = Totals::default();
        for c in records {
            if let Some(p) = c.what.personnel() {
                let key = (&c.contributor, (c.date.year(), c.date.month()));
                *totals.entry(key).or_default() += p.total();
            }
        }
        totals
    }

    /// The total of all contributors in `month`, from the result of [`aggregate`].
    #[must_use]
    pub fn month_total(totals: &Totals<'_>, month: Month) -> u64 {
        totals
            .iter()
            .filter(|((_, m), _)| *m == month)
            .map(|(_, &n)| n)
            .sum()
    }

    /// Checks the total of [`CHECK`]'s month against `SOURCES.md`: `Ok` with the total
    /// if it matches, `Err` with a warning line if not.
    ///
    /// # Errors
    /// The warning, if the total differs.
    pub fn check(totals: &Totals<'_>) -> Result<u64, String> {
        let ((year, month), expected) = CHECK;
        let got = month_total(totals, (year, month));
        if got == expected {
            Ok(got)
        } else {
            Err(format!(
                "WARNING: Gender.Full.csv totals {got} for {year}-{month:02}, SOURCES.md says {expected}"
            ))
        }
    }
}

pub mod topsis_job {
    //! The job of the TOPSIS benchmarks (`benches/eval.rs`, `examples/mcda_once.rs` and
    //! `peers/eval_peers.py`): TOPSIS with min-max normalization on a synthetic matrix of
    //! 100,000 alternatives x 20 criteria that both sides generate identically.
    //!
    //! Cell `k = row * 20 + column` holds `1 + 99 u`, with `u = (splitmix64(k) >> 11) /
    //! 2⁵³` uniform in \[0, 1); every third criterion (columns 2, 5, 8, …) is a cost;
    //! criterion j weighs `(j + 1) / Σ`. The numbers are load data, nothing else.

    use peacekeeping_eval::{DataError, DecisionMatrix, Direction};

    /// Alternatives (rows).
    pub const ALTERNATIVES: usize = 100_000;
    /// Criteria (columns).
    pub const CRITERIA: usize = 20;

    /// splitmix64 of `k + 1` (Steele, Lea & Flood 2014), as the Python peer computes it.
    pub fn splitmix64(k: u64) -> u64 {
        let mut z = k.wrapping_add(1).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// The decision matrix of `rows` alternatives x [`CRITERIA`].
    ///
    /// # Errors
    ///
    /// None in practice (every value is finite); the constructor's error is passed on.
    pub fn matrix(rows: usize) -> Result<DecisionMatrix, DataError> {
        let values = (0..rows * CRITERIA)
            .map(|k| 1.0 + 99.0 * ((splitmix64(k as u64) >> 11) as f64 / (1u64 << 53) as f64))
            .collect();
        let types = (0..CRITERIA)
            .map(|j| {
                if j % 3 == 2 {
                    Direction::LowerIsBetter
                } else {
                    Direction::HigherIsBetter
                }
            })
            .collect();
        DecisionMatrix::new(rows, CRITERIA, values, types)
    }

    /// The weights `(j + 1) / Σ`.
    pub fn weights() -> Vec<f64> {
        let total = (CRITERIA * (CRITERIA + 1) / 2) as f64;
        (0..CRITERIA).map(|j| (j + 1) as f64 / total).collect()
    }
}

pub mod uncertainty_job {
    //! The job of the uncertainty benchmarks (`benches/eval.rs` and
    //! `examples/uncertainty_once.rs`), at the scale of issue 5's budget: 200 units x 30
    //! indicators under an index of 5 dimensions of 6 indicators, 10,000 Monte Carlo
    //! replications over weight noise, the normalization and the aggregation.
    //!
    //! Cell `k = unit * 30 + indicator` holds `1 + 99 u` with `u` from
    //! [`splitmix64`]`(k)`, missing when `splitmix64(k + 1
    //! << 32) % 50 == 0` (about 2%); every fourth indicator is lower-is-better. The
    //! numbers are load data, nothing else.

    use peacekeeping_eval::{
        Aggregate, Aggregation, DataError, Direction, Factor, Framework, FrameworkError,
        Imputation, Indicator, IndicatorTable, Noise, Normalization, Pipeline, Scope, Uncertainty,
    };

    use crate::topsis_job::splitmix64;

    /// Units (rows).
    pub const UNITS: usize = 200;
    /// Indicators (columns).
    pub const INDICATORS: usize = 30;
    /// Dimensions of the index, each with `INDICATORS / DIMENSIONS` indicators.
    pub const DIMENSIONS: usize = 5;
    /// Monte Carlo replications.
    pub const REPLICATIONS: usize = 10_000;

    /// The framework: index -> `d0..d4` -> `x00..x29`.
    ///
    /// # Errors
    ///
    /// None in practice (the framework is valid); the builder's error is passed on.
    pub fn framework() -> Result<Framework, FrameworkError> {
        let mut b = Framework::builder().aggregate(Aggregate::new("index", "Index"));
        for d in 0..DIMENSIONS {
            b = b.aggregate(Aggregate::new(format!("d{d}"), format!("D{d}")).parent("index"));
        }
        for i in 0..INDICATORS {
            let direction = if i % 4 == 3 {
                Direction::LowerIsBetter
            } else {
                Direction::HigherIsBetter
            };
            b = b.indicator(
                Indicator::new(format!("x{i:02}"), format!("X{i:02}"))
                    .parent(format!("d{}", i / (INDICATORS / DIMENSIONS)))
                    .direction(direction)
                    .weight(1.0 + (i % 3) as f64),
            );
        }
        b.build()
    }

    /// The table of [`UNITS`] x [`INDICATORS`].
    ///
    /// # Errors
    ///
    /// None in practice; the table's error is passed on.
    pub fn table() -> Result<IndicatorTable, DataError> {
        let mut t = IndicatorTable::new((0..UNITS).map(|u| format!("u{u:03}")))?;
        for i in 0..INDICATORS {
            let column = (0..UNITS)
                .map(|u| {
                    let k = (u * INDICATORS + i) as u64;
                    let value = 1.0 + 99.0 * ((splitmix64(k) >> 11) as f64 / (1u64 << 53) as f64);
                    (splitmix64((k + 1) << 32) % 50 != 0).then_some(value)
                })
                .collect();
            t = t.with_column(format!("x{i:02}"), column)?;
        }
        Ok(t)
    }

    /// The analysis: mean imputation, min-max and arithmetic nominally; factors weight
    /// noise (±25%, every weight), the normalization (min-max, z-score around 100,
    /// rank, percentile rank) and the aggregation of every aggregate (arithmetic or
    /// geometric).
    pub fn analysis<'a>(framework: &'a Framework, table: &'a IndicatorTable) -> Uncertainty<'a> {
        Uncertainty::new(
            framework,
            table,
            Pipeline::new().imputation(Imputation::Mean),
        )
        .factor(Factor::weight_noise(
            "weights",
            Scope::All,
            Noise::Uniform { spread: 0.25 },
        ))
        .factor(Factor::normalization(
            "normalization",
            [
                Normalization::min_max_100(),
                Normalization::ZScore {
                    mean: 100.0,
                    sd: 15.0,
                },
                Normalization::rank(),
                Normalization::percentile_rank(),
            ],
        ))
        .factor(Factor::aggregation(
            "aggregation",
            Scope::All,
            [Aggregation::Arithmetic, Aggregation::Geometric],
        ))
    }
}
