//! Scores as a table: each unit's index score and rank, its rank interval under
//! uncertainty and the coverage and confidence of its evidence ([`ScoreTable`]), written
//! as CSV.

use std::fmt::Write as _;
use std::io::Write;
use std::path::Path;

use crate::evidence::FusedTable;
use crate::pipeline::Scores;
use crate::uncertainty::{RankInterval, UncertaintyResult};
use peacekeeping_core::{IoAccess, IoError};

/// One unit's line of a [`ScoreTable`].
///
/// See [`ScoreTable::rows`] for an example.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ScoreRow {
    /// Its rank on the index (competition rank, 1 best); `None` without an index score.
    pub rank: Option<usize>,
    /// The unit.
    pub unit: String,
    /// Its index score.
    pub score: Option<f64>,
    /// Its rank interval over Monte Carlo runs, if they were added and rank it.
    pub interval: Option<RankInterval>,
    /// The share of the framework's indicators it has evidence for, if evidence was
    /// added ([`FusedTable::coverage`]; 0 without evidence).
    pub coverage: Option<f64>,
    /// The confidence of its evidence, if evidence was added
    /// ([`FusedTable::confidence`]; 0 without evidence).
    pub confidence: Option<f64>,
}

/// Each unit's index score and rank, with its rank interval and the coverage and
/// confidence of its evidence when they are added: the scored units best first (ties
/// by id), then those without a score, by id. Written as CSV with the columns
/// `rank,unit,score,rank_p5,rank_median,rank_p95,coverage,confidence`: a missing value
/// is an empty field, a score is written in full (the shortest text that reads back as
/// the same number), coverage and confidence with three decimals.
///
/// ```
/// use peacekeeping_eval::*;
///
/// let fw = Framework::builder()
///     .aggregate(Aggregate::new("index", "Index"))
///     .indicator(Indicator::new("a", "A").parent("index"))
///     .indicator(Indicator::new("b", "B").parent("index"))
///     .build()?;
/// // Made-up figures, only inputs to show the API.
/// let table = IndicatorTable::from_csv_str("unit,a,b\nu1,1,4\nu2,3,2\nu3,,\n", "unit")?;
/// let scores = Pipeline::new().run(&fw, &table)?;
/// // u1 and u2 tie at 50; u3 has no value, u4 no row at all.
/// let csv = ScoreTable::new(&scores).with_units(["u4"]).to_csv();
/// assert_eq!(
///     csv,
///     "rank,unit,score,rank_p5,rank_median,rank_p95,coverage,confidence\n\
///      1,u1,50,,,,,\n\
///      1,u2,50,,,,,\n\
///      ,u3,,,,,,\n\
///      ,u4,,,,,,\n"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ScoreTable {
    rows: Vec<ScoreRow>,
}

/// The header line of [`ScoreTable::to_csv`].
const HEADER: &str = "rank,unit,score,rank_p5,rank_median,rank_p95,coverage,confidence";

impl ScoreTable {
    /// Every unit of `scores`, with its index score and rank.
    ///
    /// See [`ScoreTable`] for an example.
    #[must_use]
    pub fn new(scores: &Scores) -> Self {
        // The root's column is ranked once for every unit, not once per unit.
        let rows = scores
            .units()
            .iter()
            .zip(scores.index_scores())
            .zip(scores.index_ranks())
            .map(|((unit, &score), rank)| ScoreRow {
                rank,
                unit: unit.clone(),
                score,
                interval: None,
                coverage: None,
                confidence: None,
            })
            .collect();
        let mut table = ScoreTable { rows };
        table.sort();
        table
    }

    /// Adds units the scores do not have, without a score (a unit of the evidence every
    /// observation of which the date rules left out, say); units already in the table
    /// are left as they are.
    ///
    /// See [`ScoreTable`] for an example.
    #[must_use]
    pub fn with_units<'a>(mut self, units: impl IntoIterator<Item = &'a str>) -> Self {
        for unit in units {
            if !self.rows.iter().any(|r| r.unit == unit) {
                self.rows.push(ScoreRow {
                    rank: None,
                    unit: unit.to_owned(),
                    score: None,
                    interval: None,
                    coverage: None,
                    confidence: None,
                });
            }
        }
        self.sort();
        self
    }

    /// Adds each unit's rank interval over the Monte Carlo runs of `result`
    /// ([`UncertaintyResult::interval`]; none for a unit it does not rank).
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let scores = Pipeline::new().run(&fw, &table)?;
    /// let runs = Uncertainty::new(&fw, &table, Pipeline::new())
    ///     .factor(Factor::normalization("n", [Normalization::rank()]))
    ///     .run(10, 1)?;
    /// let csv = ScoreTable::new(&scores).with_intervals(&runs).to_csv();
    /// assert!(csv.ends_with("1,b,100,1,1,1,,\n2,a,0,2,2,2,,\n"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_intervals(mut self, result: &UncertaintyResult) -> Self {
        for row in &mut self.rows {
            row.interval = result.interval(&row.unit);
        }
        self
    }

    /// Adds each unit's coverage and confidence from the fused evidence its scores were
    /// computed from (0 for a unit without evidence).
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// let fw = builtin::partnership_effectiveness()?;
    /// let csv = "unit,indicator,value,source,reliability\nu1,joint-training,3,field-survey,A\n";
    /// let fused = Evidence::from_csv_str(csv, &[]).evidence.to_table(&fw, &FusionOptions::default())?;
    /// let scores = Pipeline::new().run(&fw, &fused.table)?;
    /// let table = ScoreTable::new(&scores).with_evidence(&fused);
    /// assert_eq!(table.rows()[0].coverage, Some(1.0 / 24.0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn with_evidence(mut self, fused: &FusedTable) -> Self {
        for row in &mut self.rows {
            row.coverage = Some(fused.coverage(&row.unit).unwrap_or(0.0));
            row.confidence = Some(fused.confidence(&row.unit).unwrap_or(0.0));
        }
        self
    }

    /// The rows: the scored units best first (ties by id), then the others, by id.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let scores = Pipeline::new().run(&fw, &table)?;
    /// let table = ScoreTable::new(&scores);
    /// let first = &table.rows()[0];
    /// assert_eq!((first.unit.as_str(), first.rank), ("b", Some(1)));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn rows(&self) -> &[ScoreRow] {
        &self.rows
    }

    /// The table as CSV text (see [`ScoreTable`] for the columns).
    ///
    /// See [`ScoreTable`] for an example.
    #[must_use]
    pub fn to_csv(&self) -> String {
        let mut out = String::with_capacity(64 * (self.rows.len() + 1));
        out.push_str(HEADER);
        out.push('\n');
        let number = |x: Option<f64>| x.map_or_else(String::new, |x| format!("{x:.3}"));
        for row in &self.rows {
            let interval = row.interval.map_or_else(
                || ",,".to_owned(),
                |i| format!("{},{},{}", i.p5, i.median, i.p95),
            );
            // Writing to a String cannot fail.
            let _ = writeln!(
                out,
                "{},{},{},{interval},{},{}",
                row.rank.map_or_else(String::new, |r| r.to_string()),
                peacekeeping_core::csv_field(&row.unit),
                row.score.map_or_else(String::new, |s| s.to_string()),
                number(row.coverage),
                number(row.confidence),
            );
        }
        out
    }

    /// Writes the table as CSV to `writer`.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let scores = Pipeline::new().run(&fw, &table)?;
    /// let mut out = Vec::new();
    /// ScoreTable::new(&scores).write_csv(&mut out)?;
    /// assert_eq!(String::from_utf8(out)?, ScoreTable::new(&scores).to_csv());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`IoError`] if the writer fails.
    pub fn write_csv(&self, mut writer: impl Write) -> Result<(), IoError> {
        writer
            .write_all(self.to_csv().as_bytes())
            .and_then(|()| writer.flush())
            .map_err(|e| IoError::new(IoAccess::Write, None, e))
    }

    /// Writes the table as a CSV file at `path`.
    ///
    /// ```
    /// # use peacekeeping_eval::*;
    /// # let fw = Framework::builder().aggregate(Aggregate::new("i", "I"))
    /// #     .indicator(Indicator::new("x", "X").parent("i")).build()?;
    /// # let table = IndicatorTable::new(["a", "b"])?.with_column("x", vec![Some(1.0), Some(2.0)])?;
    /// let scores = Pipeline::new().run(&fw, &table)?;
    /// let err = ScoreTable::new(&scores).write_csv_file("no/such/dir/scores.csv").unwrap_err();
    /// assert!(err.to_string().starts_with("no/such/dir/scores.csv: "));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`IoError`], naming the file, if it cannot be written.
    pub fn write_csv_file(&self, path: impl AsRef<Path>) -> Result<(), IoError> {
        let path = path.as_ref();
        std::fs::write(path, self.to_csv())
            .map_err(|e| IoError::new(IoAccess::Write, Some(path), e))
    }

    /// Scored units by rank then id, then the others by id.
    fn sort(&mut self) {
        self.rows.sort_by(|a, b| {
            (a.rank.is_none(), a.rank, &a.unit).cmp(&(b.rank.is_none(), b.rank, &b.unit))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::ScoreTable;
    use crate::framework::{Aggregate, Framework, Indicator};
    use crate::pipeline::Pipeline;
    use crate::table::IndicatorTable;

    /// A unit id with a comma and quotes is written quoted, and reads back as itself.
    #[test]
    fn a_unit_id_that_needs_quoting_is_quoted() {
        let fw = Framework::builder()
            .aggregate(Aggregate::new("i", "I"))
            .indicator(Indicator::new("x", "X").parent("i"))
            .build()
            .unwrap();
        let id = "Bosnia, \"BiH\"";
        let table = IndicatorTable::new([id, "plain"])
            .unwrap()
            .with_column("x", vec![Some(2.0), Some(1.0)])
            .unwrap();
        let scores = Pipeline::new().run(&fw, &table).unwrap();
        let csv = ScoreTable::new(&scores).to_csv();
        assert_eq!(
            csv.lines().nth(1),
            Some("1,\"Bosnia, \"\"BiH\"\"\",100,,,,,")
        );
        let back = IndicatorTable::from_csv_str(&csv, "unit").unwrap();
        assert_eq!(back.units(), [id, "plain"]);
        assert_eq!(back.column("score"), Some(&[Some(100.0), Some(0.0)][..]));
    }
}
