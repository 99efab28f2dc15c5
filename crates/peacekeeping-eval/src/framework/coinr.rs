//! Reading a framework from COINr's indicator metadata table (`iMeta`).

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use super::validate::validate;
use super::{Aggregate, Aggregation, Framework, FrameworkBuilder, Indicator};
use crate::csv_reader;
use crate::direction::Direction;
use crate::error::{FrameworkError, FrameworkProblem};
use crate::io;

/// A framework read from a COINr `iMeta` table, with what else the table says.
///
/// ```
/// use peacekeeping_eval::CoinrMeta;
///
/// let meta = "iCode,iName,Level,Parent,Direction,Weight,Type,Denominator\n\
///             a,A,1,idx,1,1,Indicator,pop\n\
///             b,B,1,idx,-1,2,Indicator,\n\
///             idx,Index,2,,1,1,Aggregate,\n\
///             pop,Population,,,,,Denominator,\n";
/// let coinr = CoinrMeta::read_csv(meta.as_bytes())?;
/// assert_eq!(coinr.framework.root_id(), "idx");
/// assert_eq!(coinr.denominators["a"], "pop");
/// # Ok::<(), peacekeeping_eval::FrameworkError>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CoinrMeta {
    /// The framework: `Indicator` rows as indicators (direction and weight as given,
    /// normalization left to the pipeline, as COINr's default min-max), `Aggregate` rows as
    /// arithmetic-mean aggregates (COINr's default).
    pub framework: Framework,
    /// Indicator id -> denominator column, from the optional `Denominator` column.
    pub denominators: BTreeMap<String, String>,
    /// Indicator id -> target, from the optional `Target` column.
    pub targets: BTreeMap<String, f64>,
    /// The codes of `Group` rows (text columns of the data).
    pub groups: Vec<String>,
}

impl CoinrMeta {
    /// Reads COINr's indicator metadata (`iMeta`, as in the ASEM example data): the
    /// columns `iCode, iName, Level, Parent, Direction, Weight, Type` and optionally
    /// `Target` and `Denominator`. Rows of type `Indicator` and `Aggregate` make the tree;
    /// `Group`, `Denominator` and other rows are listed or ignored.
    ///
    /// ```
    /// let err = peacekeeping_eval::CoinrMeta::read_csv(&b"iCode\nx\n"[..]).unwrap_err();
    /// assert!(err.to_string().contains("Parent"));
    /// ```
    ///
    /// # Errors
    /// [`FrameworkError::Io`] if the reader fails; [`FrameworkError::Parse`] if a required
    /// column is missing; [`FrameworkError::Invalid`] with every row problem (unreadable
    /// row, bad direction or weight, unknown type) and every validation problem of the
    /// resulting tree.
    pub fn read_csv(reader: impl Read) -> Result<CoinrMeta, FrameworkError> {
        let bytes = io::read_bytes(reader).map_err(FrameworkError::Io)?;
        CoinrMeta::parse_csv(&bytes)
    }

    /// Reads a COINr `iMeta` CSV file, as [`CoinrMeta::read_csv`]; its errors name the
    /// file.
    ///
    /// ```
    /// use peacekeeping_eval::{CoinrMeta, FrameworkError};
    /// assert!(matches!(CoinrMeta::read_csv_file("none.csv"), Err(FrameworkError::Io(_))));
    /// ```
    ///
    /// # Errors
    /// As [`CoinrMeta::read_csv`], with the file's path.
    pub fn read_csv_file(path: impl AsRef<Path>) -> Result<CoinrMeta, FrameworkError> {
        let path = path.as_ref();
        let bytes = io::read_file(path).map_err(FrameworkError::Io)?;
        CoinrMeta::parse_csv(&bytes).map_err(|e| e.in_file(path))
    }

    /// Reads a COINr `iMeta` table from text in memory, as [`CoinrMeta::read_csv`].
    ///
    /// ```
    /// let meta = "iCode,iName,Level,Parent,Direction,Weight,Type\n\
    ///             x,X,1,idx,1,1,Indicator\n\
    ///             idx,Index,2,,1,1,Aggregate\n";
    /// let coinr = peacekeeping_eval::CoinrMeta::from_csv_str(meta)?;
    /// assert_eq!(coinr.framework.indicators().len(), 1);
    /// # Ok::<(), peacekeeping_eval::FrameworkError>(())
    /// ```
    ///
    /// # Errors
    /// As [`CoinrMeta::read_csv`], without [`FrameworkError::Io`].
    pub fn from_csv_str(text: &str) -> Result<CoinrMeta, FrameworkError> {
        CoinrMeta::parse_csv(text.as_bytes())
    }

    fn parse_csv(bytes: &[u8]) -> Result<CoinrMeta, FrameworkError> {
        let parse_error = |message: String| FrameworkError::Parse {
            path: None,
            format: "COINr iMeta CSV",
            message,
        };
        let (header, records) = csv_reader::with_header(bytes)
            .map_err(|p| parse_error(format!("line {}: {}", p.line, p.message)))?;
        let col = |name: &str| header.iter().position(|h| h.trim() == name);
        let required = ["iCode", "iName", "Parent", "Direction", "Weight", "Type"];
        let missing: Vec<&str> = required
            .iter()
            .copied()
            .filter(|n| col(n).is_none())
            .collect();
        if !missing.is_empty() {
            return Err(parse_error(format!(
                "missing column(s): {}",
                missing.join(", ")
            )));
        }
        let at = |name: &str| col(name).unwrap_or(usize::MAX);
        let (code, name, parent, direction, weight, kind) = (
            at("iCode"),
            at("iName"),
            at("Parent"),
            at("Direction"),
            at("Weight"),
            at("Type"),
        );
        let (target, denominator) = (col("Target"), col("Denominator"));
        let mut problems = Vec::new();
        let mut builder = FrameworkBuilder::default();
        let mut out_denominators = BTreeMap::new();
        let mut targets = BTreeMap::new();
        let mut groups = Vec::new();
        for record in records {
            let line = record.line;
            let fields = match record.fields {
                Ok(f) if f.len() == header.len() => f,
                Ok(f) => {
                    problems.push(FrameworkProblem::new(
                        "",
                        "row",
                        format!(
                            "line {line}: {} fields, the header has {}",
                            f.len(),
                            header.len()
                        ),
                    ));
                    continue;
                }
                Err(e) => {
                    problems.push(FrameworkProblem::new(
                        "",
                        "row",
                        format!("line {line}: {e}"),
                    ));
                    continue;
                }
            };
            let get = |k: usize| fields.get(k).map_or("", |f| f.trim());
            let id = get(code).to_owned();
            let number = |k: usize, field: &'static str, problems: &mut Vec<FrameworkProblem>| {
                let text = get(k);
                if text.is_empty() {
                    return None;
                }
                match text.parse::<f64>() {
                    Ok(v) => Some(v),
                    Err(_) => {
                        problems.push(FrameworkProblem::new(
                            &id,
                            field,
                            format!("line {line}: `{text}` is not a number"),
                        ));
                        None
                    }
                }
            };
            let w = number(weight, "weight", &mut problems).unwrap_or(1.0);
            let p = get(parent);
            match get(kind) {
                "Indicator" => {
                    let d = match number(direction, "direction", &mut problems) {
                        Some(d) if d < 0.0 => Direction::LowerIsBetter,
                        _ => Direction::HigherIsBetter,
                    };
                    if let Some(t) = target.and_then(|k| number(k, "target", &mut problems)) {
                        targets.insert(id.clone(), t);
                    }
                    if let Some(d) = denominator.map(get).filter(|d| !d.is_empty()) {
                        out_denominators.insert(id.clone(), d.to_owned());
                    }
                    builder.indicators.push(
                        Indicator::new(id, get(name))
                            .parent(p)
                            .direction(d)
                            .weight(w),
                    );
                }
                "Aggregate" => {
                    let mut a = Aggregate::new(id, get(name))
                        .method(Aggregation::Arithmetic)
                        .weight(w);
                    if !p.is_empty() {
                        a = a.parent(p);
                    }
                    builder.aggregates.push(a);
                }
                "Group" => groups.push(id),
                "Denominator" | "Other" => {}
                other => problems.push(FrameworkProblem::new(
                    &id,
                    "type",
                    format!(
                        "line {line}: unknown type `{other}`, expected Indicator, Aggregate, Group, Denominator or Other"
                    ),
                )),
            }
        }
        let framework = validate(builder, problems)?;
        Ok(CoinrMeta {
            framework,
            denominators: out_denominators,
            targets,
            groups,
        })
    }
}
