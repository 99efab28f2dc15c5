//! Tidy CSV tables of a [`Dataset`], for pandas, R and spreadsheets.
//!
//! Eight tables, one observation per row, with the columns listed by [`Table::columns`]
//! and documented in `docs/datasets.md` ("Tidy CSV tables"):
//!
//! | table | one row per |
//! |---|---|
//! | [`Table::Actors`] | actor |
//! | [`Table::Memberships`] | membership record (member, organization, status, period) |
//! | [`Table::Missions`] | mission |
//! | [`Table::Resolutions`] | resolution of a mission's mandate: the establishing one and each renewal, with its adoption and the last day of its term |
//! | [`Table::Partnerships`] | party of a partnership (a partnership of three parties gives three rows) |
//! | [`Table::Contributions`] | personnel category of a personnel report (a report of nobody: one row, no category, zeros), or funding, or asset |
//! | [`Table::Participations`] | participation (a contributor's component in a mission, from the day it deployed or joined to the day it left) |
//! | [`Table::MissionYears`] | operation and calendar year: personnel, ceiling, contributors, fatalities, host battle deaths (the panel of outcome research) |
//!
//! The format: UTF-8, comma-separated, a header row, fields quoted only where needed
//! (RFC 4180). Dates are ISO 8601 (`2013-07-01`); an empty `end` means ongoing; an
//! empty cell means "none" and reads as `NA` in R and `NaN` in pandas. A list (several
//! hosts, sources or languages) is one cell with its items joined by `;`. So
//! `pandas.read_csv("missions.csv")` and `read.csv("missions.csv")` read the tables as
//! they are.
//!
//! ```
//! use peacekeeping_data::export::{self, Table};
//! use peacekeeping_data::reference;
//!
//! let mut out = Vec::new();
//! export::write_table(reference::dataset(), Table::Missions, &mut out)?;
//! let text = String::from_utf8(out)?;
//! assert!(text.starts_with("id,acronym,name,kind,leads,hosts,start,end,"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::io::Write;
use std::path::{Path, PathBuf};

use peacekeeping_core::{Contributed, Dataset, IoAccess, IoError, Period, csv_field};

use crate::Error;

mod mission_years;

/// One of the tidy tables [`write_table`] writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Table {
    /// `actors.csv`: one row per actor.
    Actors,
    /// `memberships.csv`: one row per membership record.
    Memberships,
    /// `missions.csv`: one row per mission.
    Missions,
    /// `resolutions.csv`: one row per resolution (or decision) of a mission's mandate, in
    /// the mandate's order of adoption: `adopted` and `until` (the last day of the term
    /// it sets) empty where not recorded.
    Resolutions,
    /// `partnerships.csv`: one row per party of a partnership.
    Partnerships,
    /// `contributions.csv`: one row per personnel category of a report, per funding
    /// and per asset.
    Contributions,
    /// `participations.csv`: one row per participation (a contributor's component in a
    /// mission from the day it deployed or joined to the day it left; `end` empty while
    /// open).
    Participations,
    /// `mission_years.csv`: one row per operation and calendar year it was active in,
    /// from its first year to its last (for an operation not ended, to the latest year
    /// of the dataset's dated records). The columns:
    ///
    /// - `active_days`: the days of the year in the operation's period;
    /// - `personnel`, `personnel_reports`: the mean total of the personnel reports
    ///   dated in the year ([`Dataset::mission_personnel_over`]), and their number
    ///   (12 for a monthly series); empty and 0 if none, as no figure is carried over
    ///   from another year;
    /// - `authorized`: the mean ceiling (military plus police, or the uniformed
    ///   personnel where a resolution sets one figure) in force at the
    ///   month-ends of the active days, over those with a ceiling; empty if none;
    /// - `contributors`: the contributors of personnel reported in the year; empty if
    ///   no report;
    /// - `fatalities`, `malicious_fatalities`: the deaths of its personnel in the year,
    ///   all and by malicious acts; 0 when the dataset has fatality records of the
    ///   operation but none that year, empty when it has none at all (not recorded is
    ///   not none);
    /// - `host_battle_deaths`: the battle deaths of its host territories in the year,
    ///   summed; empty if a host has no record that year.
    MissionYears,
}

impl Table {
    /// Every table, in the order [`write_tables`] writes them.
    pub const ALL: [Table; 8] = [
        Table::Actors,
        Table::Memberships,
        Table::Missions,
        Table::Resolutions,
        Table::Partnerships,
        Table::Contributions,
        Table::Participations,
        Table::MissionYears,
    ];

    /// The file name [`write_tables`] gives the table (`missions.csv`).
    #[must_use]
    pub const fn file_name(self) -> &'static str {
        match self {
            Table::Actors => "actors.csv",
            Table::Memberships => "memberships.csv",
            Table::Missions => "missions.csv",
            Table::Resolutions => "resolutions.csv",
            Table::Partnerships => "partnerships.csv",
            Table::Contributions => "contributions.csv",
            Table::Participations => "participations.csv",
            Table::MissionYears => "mission_years.csv",
        }
    }

    /// The header row: the table's columns, in order.
    #[must_use]
    pub const fn columns(self) -> &'static [&'static str] {
        match self {
            Table::Actors => &[
                "id",
                "name",
                "kind",
                "country",
                "region",
                "languages",
                "start",
                "end",
                "predecessor",
                "aliases",
                "sources",
            ],
            Table::Memberships => &[
                "member",
                "organization",
                "status",
                "start",
                "end",
                "sources",
            ],
            Table::Missions => &[
                "id",
                "acronym",
                "name",
                "kind",
                "leads",
                "hosts",
                "start",
                "end",
                "predecessors",
                "legal_basis",
                "resolutions",
                "sources",
            ],
            Table::Partnerships => &[
                "partnership",
                "name",
                "kind",
                "start",
                "end",
                "actor",
                "role",
                "standing",
                "domains",
                "missions",
                "sources",
            ],
            Table::Contributions => &[
                "contributor",
                "mission",
                "date",
                "kind",
                "category",
                "male",
                "female",
                "unspecified",
                "total",
                "amount",
                "currency",
                "capability",
                "quantity",
                "source",
            ],
            Table::Resolutions => &["mission", "symbol", "adopted", "until"],
            Table::Participations => &[
                "contributor",
                "mission",
                "component",
                "start",
                "end",
                "sources",
            ],
            Table::MissionYears => &[
                "mission",
                "year",
                "kind",
                "leads",
                "hosts",
                "active_days",
                "personnel",
                "personnel_reports",
                "authorized",
                "contributors",
                "fatalities",
                "malicious_fatalities",
                "host_battle_deaths",
            ],
        }
    }
}

/// Joins the items of a list cell with `;`.
fn list<T: std::fmt::Display>(items: impl IntoIterator<Item = T>) -> String {
    let mut out = String::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out.push(';');
        }
        out.push_str(&item.to_string());
    }
    out
}

/// An optional value as a cell: empty for none.
fn opt<T: std::fmt::Display>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

/// A period as its `start` and `end` cells.
fn period_cells(period: Option<&Period>) -> [String; 2] {
    [
        opt(period.map(Period::start)),
        opt(period.and_then(Period::end)),
    ]
}

/// Writes one table of `data` as CSV to `out`.
///
/// # Errors
/// [`Error::Io`] if writing to `out` fails (an [`IoError`] of
/// [`IoAccess::Write`] without a path).
pub fn write_table<W: Write>(data: &Dataset, table: Table, out: W) -> Result<(), Error> {
    write_to(data, table, out, None)
}

/// Writes all eight tables of `data` into the directory `dir` (created if missing), under
/// the names of [`Table::file_name`], and returns their paths.
///
/// # Errors
/// [`Error::Io`] naming the directory or file that could not be created or written.
pub fn write_tables(data: &Dataset, dir: impl AsRef<Path>) -> Result<Vec<PathBuf>, Error> {
    let dir = dir.as_ref();
    let io = |path: &Path, e| Error::Io(IoError::new(IoAccess::Write, Some(path), e));
    std::fs::create_dir_all(dir).map_err(|e| io(dir, e))?;
    let mut paths = Vec::with_capacity(Table::ALL.len());
    for table in Table::ALL {
        let path = dir.join(table.file_name());
        let file = std::fs::File::create(&path).map_err(|e| io(&path, e))?;
        write_to(data, table, std::io::BufWriter::new(file), Some(&path))?;
        paths.push(path);
    }
    Ok(paths)
}

/// Writes `table` to `out`, the file at `path` if there is one (named in the error).
fn write_to<W: Write>(
    data: &Dataset,
    table: Table,
    out: W,
    path: Option<&Path>,
) -> Result<(), Error> {
    let io = |e| Error::Io(IoError::new(IoAccess::Write, path, e));
    let mut out = out;
    write_row(&mut out, table.columns()).map_err(io)?;
    for row in rows(data, table) {
        write_row(&mut out, &row).map_err(io)?;
    }
    out.flush().map_err(io)
}

/// Writes one CSV row, quoting a cell (RFC 4180) only if it holds a comma, a quote or a
/// line break.
fn write_row<W: Write, S: AsRef<str>>(out: &mut W, cells: &[S]) -> std::io::Result<()> {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        out.write_all(csv_field(cell.as_ref()).as_bytes())?;
    }
    out.write_all(b"\n")
}

/// The rows of a table, each with as many cells as [`Table::columns`].
fn rows(data: &Dataset, table: Table) -> Vec<Vec<String>> {
    match table {
        Table::Actors => data
            .actors()
            .iter()
            .map(|a| {
                let [start, end] = period_cells(a.existence.as_ref());
                vec![
                    a.id.to_string(),
                    a.name.clone(),
                    a.kind.to_string(),
                    opt(a.country),
                    opt(a.region),
                    list(&a.languages),
                    start,
                    end,
                    opt(a.predecessor.as_ref()),
                    list(&a.aliases),
                    list(&a.sources),
                ]
            })
            .collect(),
        Table::Resolutions => data
            .missions()
            .iter()
            .flat_map(|m| {
                m.mandate.resolutions.iter().map(move |r| {
                    vec![
                        m.id.to_string(),
                        r.symbol.clone(),
                        opt(r.adopted),
                        opt(r.until),
                    ]
                })
            })
            .collect(),
        Table::Participations => data
            .participations()
            .iter()
            .map(|p| {
                let [start, end] = period_cells(Some(&p.period));
                vec![
                    p.contributor.to_string(),
                    p.mission.to_string(),
                    p.component.to_string(),
                    start,
                    end,
                    list(&p.sources),
                ]
            })
            .collect(),
        Table::Memberships => data
            .memberships()
            .iter()
            .map(|m| {
                let [start, end] = period_cells(Some(&m.period));
                vec![
                    m.member.to_string(),
                    m.organization.to_string(),
                    m.status.to_string(),
                    start,
                    end,
                    list(&m.sources),
                ]
            })
            .collect(),
        Table::Missions => data
            .missions()
            .iter()
            .map(|m| {
                let [start, end] = period_cells(Some(&m.period));
                vec![
                    m.id.to_string(),
                    m.acronym.clone(),
                    m.name.clone(),
                    m.kind.to_string(),
                    list(&m.leads),
                    list(&m.hosts),
                    start,
                    end,
                    list(&m.predecessors),
                    list(&m.mandate.legal_basis),
                    list(m.mandate.resolutions.iter().map(|r| &r.symbol)),
                    list(&m.sources),
                ]
            })
            .collect(),
        Table::Partnerships => data
            .partnerships()
            .iter()
            .flat_map(|p| {
                let [start, end] = period_cells(Some(&p.period));
                p.parties.iter().map(move |party| {
                    vec![
                        p.id.to_string(),
                        p.name.clone(),
                        p.kind.to_string(),
                        start.clone(),
                        end.clone(),
                        party.actor.to_string(),
                        party.role.to_string(),
                        opt(party.standing),
                        list(&p.domains),
                        list(&p.missions),
                        list(&p.sources),
                    ]
                })
            })
            .collect(),
        Table::Contributions => data
            .contributions()
            .iter()
            .flat_map(|c| {
                let head = [
                    c.contributor.to_string(),
                    c.mission.to_string(),
                    c.date.to_string(),
                ];
                let source = opt(c.source.as_ref());
                // The ten cells from `kind` to `quantity`, empty where they do not apply.
                let blank = || -> [String; 10] { Default::default() };
                let mut out = Vec::new();
                match &c.what {
                    // A report of nobody (it closes a deployment) is one row with no
                    // category and zero counts.
                    Contributed::Personnel(p) if p.total() == 0 => {
                        let mut cells = blank();
                        cells[0] = "personnel".to_owned();
                        for cell in &mut cells[2..6] {
                            "0".clone_into(cell);
                        }
                        out.push(cells);
                    }
                    Contributed::Personnel(p) => {
                        for (category, h) in p.iter().filter(|(_, h)| !h.is_zero()) {
                            let mut cells = blank();
                            cells[0] = "personnel".to_owned();
                            cells[1] = category.to_string();
                            cells[2] = h.male.to_string();
                            cells[3] = h.female.to_string();
                            cells[4] = h.unspecified.to_string();
                            cells[5] = h.total().to_string();
                            out.push(cells);
                        }
                    }
                    Contributed::Funding { amount, currency } => {
                        let mut cells = blank();
                        cells[0] = "funding".to_owned();
                        cells[6] = amount.to_string();
                        cells[7] = currency.to_string();
                        out.push(cells);
                    }
                    Contributed::Asset {
                        capability,
                        quantity,
                    } => {
                        let mut cells = blank();
                        cells[0] = "asset".to_owned();
                        cells[8] = capability.to_string();
                        cells[9] = quantity.to_string();
                        out.push(cells);
                    }
                    // A kind of contribution added to core later: kept as a row, not
                    // dropped, until this table gains columns for it.
                    _ => {
                        let mut cells = blank();
                        cells[0] = "other".to_owned();
                        out.push(cells);
                    }
                }
                out.into_iter().map(move |middle| {
                    let mut row = head.to_vec();
                    row.extend(middle);
                    row.push(source.clone());
                    row
                })
            })
            .collect(),
        Table::MissionYears => mission_years::rows(data),
    }
}
