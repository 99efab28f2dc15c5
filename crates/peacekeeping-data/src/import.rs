//! What an importer returns, and the CSV plumbing every importer shares.
//!
//! An importer never silently drops data: every data row of a file ends up as a record in
//! [`Import::records`], merged into one (counted in [`Import::rows_merged`]), or as a
//! [`Skipped`] entry that says where it was, which field was wrong and why; and
//! [`Import::rows_read`] counts them all. All problems of a file are found in one pass.

use core::fmt;
use std::io::Read;
use std::ops::Range;

use peacekeeping_core::{Date, IoAccess, IoError, MissionId};

use crate::Error;

/// The outcome of reading one file (or one directory of files): the records made, every
/// row that did not become one, and the counts that account for every row.
///
/// # The report
///
/// Every data row read (the header excluded) ends up in exactly one of three places:
/// - **imported**: it became a record of [`records`](Import::records);
/// - **merged**: it added to a record made from an earlier row ([`rows_merged`](
///   Import::rows_merged); only the long layouts of
///   [`un::read_contributions`](crate::un::read_contributions) merge, adding a personnel
///   category to an existing report);
/// - **skipped**: it is in [`skipped`](Import::skipped), with its file, line, column,
///   value and reason.
///
/// So [`rows_read`](Import::rows_read) = imported + merged + skipped, which
/// [`summary`](Import::summary) gives. (The merges of
/// [`geopko::read_locations`](crate::geopko::read_locations) put the map readings of one
/// location and year together.) A whole file can be skipped too (by
/// [`ipi::read_contributor_dir`](crate::ipi::read_contributor_dir), when its name names
/// no country): it is in `skipped` with [`line`](Skipped::line) `None`, its rows are not
/// read, and the summary counts it apart.
///
/// # Notes
///
/// A row can be imported with something a person should look at that did not stop it from
/// being read: a contributor's name that no table knows, kept as written, or a count that
/// disagrees with the list it counts. Such a row is imported (or merged) and noted in
/// [`notes`](Import::notes) with its file, line, column, value and what is odd, and the
/// summary counts the notes. Notes do not make [`strict`](Import::strict) fail: the rows
/// were read. Only some readers note anything
/// ([`geopko::read_contributor_sites`](crate::geopko::read_contributor_sites)).
///
/// # Unknown missions
///
/// A row whose mission acronym names no mission of the embedded
/// [reference dataset](crate::reference) is imported all the same (the files hold
/// missions the reference lacks, and newer files will hold newer missions), and the
/// acronym is listed once per file in [`unknown_missions`](Import::unknown_missions)
/// with the first line that has it, the number of rows, and the closest known mission
/// ([`names::closest_mission`](crate::names::closest_mission)): `MINUSMAA` is reported
/// with MINUSMA. The summary counts them.
///
/// # Lenient and strict
///
/// The readers are lenient: they read the whole file and collect every problem, so that
/// one pass shows them all. To fail on the first problem instead, call
/// [`strict`](Import::strict) on the result, which gives the records only if nothing was
/// skipped, and otherwise [`Error::Rejected`] with the first [`Skipped`] entry (in file
/// order).
///
/// ```
/// use peacekeeping_data::{Error, ipi};
///
/// let csv = "Date,Troops,Police,Experts
/// 2010-10-31,10311,379,58
/// 2010-11-30,lots,NA,57
/// ";
/// // Lenient: the good row is kept, the bad one reported.
/// let import = ipi::read_contributor_months(csv.as_bytes(), "BGD".parse()?)?;
/// assert_eq!(import.summary().to_string(), "2 rows read: 1 imported, 0 merged, 1 skipped");
/// assert_eq!(import.skipped[0].line, Some(3));
///
/// // Strict: the first problem is an error that carries it.
/// let strict = ipi::read_contributor_months(csv.as_bytes(), "BGD".parse()?)?.strict();
/// assert!(matches!(&strict, Err(Error::Rejected(s)) if s.line == Some(3)));
/// assert_eq!(
///     strict.map(|records| records.len()).map_err(|e| e.to_string()),
///     Err(r#"<input>:3: column "Troops" "lots": not a count: expected a whole number, NA or nothing"#.to_owned())
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[must_use = "an import reports skipped rows that should be looked at"]
pub struct Import<T> {
    /// The records read, in file order.
    pub records: Vec<T>,
    /// Every row (or file) not turned into a record, in file order, with the reason.
    pub skipped: Vec<Skipped>,
    /// The data rows read, header excluded, over every file read (rows the CSV reader
    /// split, including those then skipped).
    pub rows_read: usize,
    /// The rows merged into a record made from an earlier row, rather than becoming a
    /// record of their own or being skipped.
    pub rows_merged: usize,
    /// What is odd in rows that were imported or merged all the same, in file order (see
    /// [Notes](Import#notes)).
    pub notes: Vec<Note>,
    /// The mission acronyms of imported or merged rows that name no mission of the
    /// reference dataset: one entry per acronym and file, in the order first met.
    pub unknown_missions: Vec<UnknownMission>,
}

impl<T> Default for Import<T> {
    fn default() -> Self {
        Import {
            records: Vec::new(),
            skipped: Vec::new(),
            rows_read: 0,
            rows_merged: 0,
            notes: Vec::new(),
            unknown_missions: Vec::new(),
        }
    }
}

impl<T> Import<T> {
    /// Whether every row became a record (nothing was skipped).
    #[must_use]
    pub fn is_complete(&self) -> bool {
        self.skipped.is_empty()
    }

    /// The counts of the import: rows read, imported, merged and skipped (see
    /// [`Summary`]; its `Display` is the one-line report).
    #[must_use]
    pub fn summary(&self) -> Summary {
        let files_skipped = self.skipped.iter().filter(|s| s.line.is_none()).count();
        Summary {
            read: self.rows_read,
            imported: self.records.len(),
            merged: self.rows_merged,
            skipped: self.skipped.len() - files_skipped,
            files_skipped,
            notes: self.notes.len(),
            unknown_missions: self
                .unknown_missions
                .iter()
                .map(|u| &u.id)
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
        }
    }

    /// Strict mode: the records, if nothing was skipped.
    ///
    /// The reader has already read the whole file (so `strict` costs nothing over the
    /// lenient default, and a file that cannot be read at all still fails with its own
    /// [`Error`] first); `strict` turns the first problem it found into an error. To see
    /// every problem, look at [`skipped`](Import::skipped) instead.
    ///
    /// # Errors
    /// [`Error::Rejected`] with the first [`Skipped`] entry, in file order, if any row (or
    /// file) was skipped.
    pub fn strict(self) -> Result<Vec<T>, Error> {
        match self.skipped.into_iter().next() {
            Some(first) => Err(Error::Rejected(first)),
            None => Ok(self.records),
        }
    }

    /// Moves the records, skipped rows, notes and unknown missions of `other` to the end
    /// of `self`, and adds its counts to those of `self`.
    pub fn append(&mut self, mut other: Import<T>) {
        self.records.append(&mut other.records);
        self.skipped.append(&mut other.skipped);
        self.notes.append(&mut other.notes);
        self.unknown_missions.append(&mut other.unknown_missions);
        self.rows_read += other.rows_read;
        self.rows_merged += other.rows_merged;
    }

    /// The import's report for a person to read, as a program prints it on stderr:
    /// `{file}: {summary}`, then `skipped: {entry}` for every row skipped, a line each,
    /// then `note: {note}` for every [note](Import#notes).
    /// `file` is the name the rows were read under, so that the header and the entries
    /// agree: the path given to a `read_*_file` function (as its `Display` writes it), or
    /// `"<input>"` for a reader.
    ///
    /// ```
    /// use peacekeeping_data::ipi;
    /// let path = std::env::temp_dir().join(format!("BGD-{}.csv", std::process::id()));
    /// std::fs::write(&path, "Date,Troops,Police,Experts\n2010-10-31,1,2,3\n2010-11-30,x,2,3\n")?;
    /// let import = ipi::read_contributor_months_file(&path, "BGD".parse()?);
    /// std::fs::remove_file(&path)?;
    /// let file = path.display().to_string();
    /// assert_eq!(
    ///     import?.report(&file).to_string(),
    ///     format!(
    ///         "{file}: 2 rows read: 1 imported, 0 merged, 1 skipped\n\
    ///          skipped: {file}:3: column \"Troops\" \"x\": not a count: expected a whole number, NA or nothing\n"
    ///     )
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn report<'a>(&'a self, file: &'a str) -> ImportLog<'a> {
        ImportLog {
            file,
            summary: self.summary(),
            skipped: &self.skipped,
            notes: &self.notes,
        }
    }
}

/// The printable log of an [`Import`], from [`Import::report`]: its [`Summary`] line,
/// then a line per [`Skipped`] entry and per [`Note`]. `Display` writes it.
#[derive(Debug, Clone, Copy)]
#[must_use = "a report is for printing"]
pub struct ImportLog<'a> {
    file: &'a str,
    summary: Summary,
    skipped: &'a [Skipped],
    notes: &'a [Note],
}

impl fmt::Display for ImportLog<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}: {}", self.file, self.summary)?;
        for skipped in self.skipped {
            writeln!(f, "skipped: {skipped}")?;
        }
        for note in self.notes {
            writeln!(f, "note: {note}")?;
        }
        Ok(())
    }
}

/// The counts of an [`Import`]: every data row read is imported, merged or skipped, so
/// `read == imported + merged + skipped`.
///
/// `Display` gives the one-line report, with the notes, the files skipped as a whole and
/// the unknown missions (each if any) after semicolons:
///
/// ```
/// use peacekeeping_data::ipi;
///
/// let csv = "Date,Troops,Police,Experts\n2010-10-31,1,2,3\n";
/// let import = ipi::read_contributor_months(csv.as_bytes(), "BGD".parse()?)?;
/// let summary = import.summary();
/// assert_eq!((summary.read, summary.imported, summary.merged, summary.skipped), (1, 1, 0, 0));
/// assert_eq!(summary.to_string(), "1 row read: 1 imported, 0 merged, 0 skipped");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub struct Summary {
    /// The data rows read, header excluded ([`Import::rows_read`]).
    pub read: usize,
    /// The rows that became a record: the number of [`Import::records`].
    pub imported: usize,
    /// The rows merged into the record of an earlier row ([`Import::rows_merged`]).
    pub merged: usize,
    /// The rows skipped: the entries of [`Import::skipped`] that have a line.
    pub skipped: usize,
    /// The files skipped as a whole, without reading their rows: the entries of
    /// [`Import::skipped`] without a line. Not part of `read`.
    pub files_skipped: usize,
    /// The [notes](Import#notes) on rows imported or merged: the entries of
    /// [`Import::notes`]. Not a count of rows (a row can have several).
    pub notes: usize,
    /// The missions that are none of the reference dataset's: the distinct ids of
    /// [`Import::unknown_missions`] (which lists one per acronym and file). Their rows are
    /// imported or merged, so this is not a count of rows.
    pub unknown_missions: usize,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rows = if self.read == 1 { "row" } else { "rows" };
        write!(
            f,
            "{} {rows} read: {} imported, {} merged, {} skipped",
            self.read, self.imported, self.merged, self.skipped
        )?;
        match self.notes {
            0 => {}
            1 => f.write_str("; 1 note")?,
            n => write!(f, "; {n} notes")?,
        }
        match self.files_skipped {
            0 => {}
            1 => f.write_str("; 1 file skipped")?,
            n => write!(f, "; {n} files skipped")?,
        }
        match self.unknown_missions {
            0 => Ok(()),
            1 => f.write_str("; 1 unknown mission"),
            n => write!(f, "; {n} unknown missions"),
        }
    }
}

/// A row (or a whole file) an importer did not turn into a record, and why.
///
/// `Display` gives an editor-style location, `file:line: column "field" "value": reason`:
///
/// ```
/// use peacekeeping_data::Skipped;
///
/// let s = Skipped {
///     file: "Bangladesh.csv".into(),
///     line: Some(12),
///     field: Some("Troops".into()),
///     value: "12x".into(),
///     reason: "not a count".into(),
/// };
/// assert_eq!(s.to_string(), r#"Bangladesh.csv:12: column "Troops" "12x": not a count"#);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Skipped {
    /// The file, or `"<input>"` for data not read from a file.
    pub file: String,
    /// The line where the row starts, from 1 as in a text editor (the header is line 1);
    /// `None` when a whole file was skipped.
    pub line: Option<u64>,
    /// The column at fault, if one is: its name as the file's header spells it.
    pub field: Option<String>,
    /// The offending text: the field's value, or the whole row (fields joined by commas)
    /// when no single field is at fault, or the file name when a file was skipped.
    pub value: String,
    /// Why the row was skipped.
    pub reason: String,
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_at(
            f,
            &self.file,
            self.line,
            self.field.as_deref(),
            &self.value,
            &self.reason,
        )
    }
}

/// `file:line: column "field" "value": what`, the editor-style location of [`Skipped`]
/// and [`Note`] (without `:line` or `column "field"` when there is none).
fn write_at(
    f: &mut fmt::Formatter<'_>,
    file: &str,
    line: Option<u64>,
    field: Option<&str>,
    value: &str,
    what: &str,
) -> fmt::Result {
    f.write_str(file)?;
    if let Some(line) = line {
        write!(f, ":{line}")?;
    }
    f.write_str(": ")?;
    if let Some(field) = field {
        write!(f, "column {field:?} ")?;
    }
    write!(f, "{value:?}: {what}")
}

/// Something odd in a row that was imported (or merged) all the same: see
/// [Notes](Import#notes).
///
/// `Display` gives the same editor-style location as [`Skipped`]:
///
/// ```
/// use peacekeeping_data::Note;
///
/// let note = Note {
///     file: "TCCMap_v.2.3.csv".into(),
///     line: 7,
///     field: Some("year.overview".into()),
///     value: "Atlantis (150)".into(),
///     message: "unknown contributor; kept as written".into(),
/// };
/// assert_eq!(
///     note.to_string(),
///     r#"TCCMap_v.2.3.csv:7: column "year.overview" "Atlantis (150)": unknown contributor; kept as written"#
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Note {
    /// The file, or `"<input>"` for data not read from a file.
    pub file: String,
    /// The line where the row starts, from 1 as in a text editor (the header is line 1).
    pub line: u64,
    /// The column concerned, if one is: its name as the file's header spells it.
    pub field: Option<String>,
    /// The text concerned: the part of the field, or the field.
    pub value: String,
    /// What is odd, and what the reader did with it.
    pub message: String,
}

impl fmt::Display for Note {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_at(
            f,
            &self.file,
            Some(self.line),
            self.field.as_deref(),
            &self.value,
            &self.message,
        )
    }
}

/// A mission acronym read from a file that names no mission of the embedded
/// [reference dataset](crate::reference): its rows were imported under it, and this says
/// where it first appears, how often, and which known mission is closest.
///
/// `Display` gives the same editor-style location as [`Skipped`]:
///
/// ```
/// use peacekeeping_data::ipi;
///
/// let csv = "Date,Mission,Country of Mission ISO-3,Number of Contributors,Troops,Police,Observers,Total
/// 2013-12-31,MINUSMA,MLI,37,5213,1002,0,6215
/// 2014-01-31,MINUSMAA,MLI,37,5539,1009,0,6548
/// 2014-02-28,MINUSMAA,MLI,38,5700,1009,0,6709
/// ";
/// let import = ipi::read_mission_months(csv.as_bytes())?;
/// assert_eq!(import.records.len(), 3);
/// let unknown = &import.unknown_missions[0];
/// assert_eq!((unknown.line, unknown.rows), (3, 2));
/// assert_eq!(unknown.closest.as_ref().map(|id| id.as_str()), Some("MINUSMA"));
/// assert_eq!(
///     unknown.to_string(),
///     r#"<input>:3: column "Mission" "MINUSMAA" (2 rows): no mission of the reference dataset; closest known: MINUSMA"#
/// );
/// assert_eq!(import.summary().to_string(), "3 rows read: 3 imported, 0 merged, 0 skipped; 1 unknown mission");
/// # Ok::<(), peacekeeping_data::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UnknownMission {
    /// The file, or `"<input>"` for data not read from a file.
    pub file: String,
    /// The first line that has the acronym, from 1 as in a text editor.
    pub line: u64,
    /// The column of the acronym, as the file's header spells it.
    pub field: String,
    /// The acronym as the file writes it on that line.
    pub value: String,
    /// The id the rows were imported under ([`names::mission_id`](crate::names::mission_id)
    /// of the acronym).
    pub id: MissionId,
    /// The rows imported or merged under it.
    pub rows: usize,
    /// The reference mission with the nearest acronym, if one is near
    /// ([`names::closest_mission`](crate::names::closest_mission)).
    pub closest: Option<MissionId>,
}

impl fmt::Display for UnknownMission {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let rows = if self.rows == 1 { "row" } else { "rows" };
        write!(
            f,
            "{}:{}: column {:?} {:?} ({} {rows}): {}",
            self.file,
            self.line,
            self.field,
            self.value,
            self.rows,
            crate::names::unknown_mission(self.closest.as_ref())
        )
    }
}

/// Collects the [`UnknownMission`]s of one file, row by row. Consecutive rows mostly
/// name the same mission, so the last one checked is remembered and not looked up again.
#[derive(Default)]
pub(crate) struct MissionCheck {
    /// The last id noted, and its entry in `found` if it is unknown.
    last: Option<(MissionId, Option<usize>)>,
    /// Every id noted, and its entry in `found` if it is unknown.
    checked: std::collections::HashMap<MissionId, Option<usize>>,
    found: Vec<UnknownMission>,
}

impl MissionCheck {
    /// Notes that `row` was imported (or merged) under `id`, read from wanted column `i`.
    pub(crate) fn note<const N: usize>(&mut self, row: &Row<'_, N>, i: usize, id: &MissionId) {
        self.note_with(row, i, id, || {
            crate::names::known_mission(id.as_str()).is_some()
        });
    }

    /// [`note`](MissionCheck::note), for an importer that decides itself whether `id`
    /// names a reference mission (`known`, asked the first time `id` is met): one that
    /// maps names with more than the name, such as the host country
    /// ([`names::mission_in`](crate::names::mission_in)).
    pub(crate) fn note_with<const N: usize>(
        &mut self,
        row: &Row<'_, N>,
        i: usize,
        id: &MissionId,
        known: impl FnOnce() -> bool,
    ) {
        let entry = match &self.last {
            Some((last, entry)) if last == id => *entry,
            _ => {
                let entry = match self.checked.get(id) {
                    Some(&entry) => entry,
                    None => {
                        let entry = if known() {
                            None
                        } else {
                            Some(self.add(row, i, id))
                        };
                        self.checked.insert(id.clone(), entry);
                        entry
                    }
                };
                self.last = Some((id.clone(), entry));
                entry
            }
        };
        if let Some(k) = entry {
            self.found[k].rows += 1;
        }
    }

    /// Adds an entry for an unknown id met for the first time, with no rows yet, and
    /// gives its index in `found`.
    fn add<const N: usize>(&mut self, row: &Row<'_, N>, i: usize, id: &MissionId) -> usize {
        let value = row.get(i).to_owned();
        self.found.push(UnknownMission {
            file: row.file.to_owned(),
            line: row.line,
            field: row.header.get(row.index[i]).cloned().unwrap_or_default(),
            closest: crate::names::closest_mission(&value).cloned(),
            value,
            id: id.clone(),
            rows: 0,
        });
        self.found.len() - 1
    }

    /// Takes back one row [`note`](MissionCheck::note)d under `id` that was then
    /// skipped after all (a repeated report).
    pub(crate) fn forget(&mut self, id: &MissionId) {
        if let Some(&Some(k)) = self.checked.get(id) {
            self.found[k].rows -= 1;
        }
    }

    /// The unknown missions found, in the order first met (none whose rows were all
    /// taken back).
    pub(crate) fn finish(mut self) -> Vec<UnknownMission> {
        self.found.retain(|u| u.rows > 0);
        self.found
    }
}

/// The label of data read from a `Read` rather than a file, in the importers' skipped
/// rows, unknown missions and errors (the `file` of [`Skipped`], [`UnknownMission`],
/// [`Error::MissingColumns`], [`Error::InvalidLayout`]). An [`IoError`] has no label: it
/// has no path for such data ([`read_csv_named`]).
pub(crate) const INPUT: &str = "<input>";

/// A column an importer needs, under any of its names (the IPI files spell the same column
/// differently, `"Date"` and `"date"`, `"Troop Contributions"` and `"troops.sum"`). Names
/// are matched ignoring ASCII case and surrounding whitespace.
pub(crate) type Column = &'static [&'static str];

/// Parses a head count. `NA` and empty mean 0: SOURCES.md documents `NA` in the IPI files
/// as "zero or not reported", and the files do not tell the two apart.
pub(crate) fn parse_count(text: &str) -> Result<u32, &'static str> {
    let t = text.trim();
    if t.is_empty() || t == "NA" {
        return Ok(0);
    }
    if !t.bytes().all(|b| b.is_ascii_digit()) {
        return Err("not a count: expected a whole number, NA or nothing");
    }
    t.parse()
        .map_err(|_| "count too large: at most 4,294,967,295")
}

/// The fast path of [`parse_count`] on the raw bytes of a field: the usual 1 to 9 ASCII
/// digits (which cannot overflow a `u32`); `None` for anything else, which
/// [`parse_count`] then reads or explains.
fn parse_digits(field: &[u8]) -> Option<u32> {
    if field.is_empty() || field.len() > 9 {
        return None;
    }
    let mut n = 0u32;
    for &b in field {
        let digit = b.wrapping_sub(b'0');
        if digit > 9 {
            return None;
        }
        n = n * 10 + u32::from(digit);
    }
    Some(n)
}

/// Parses a head count that may be missing: `NA` or empty is `None`, not 0 (for files
/// where `NA` means "not known", as in Geo-PKO); otherwise as [`parse_count`].
pub(crate) fn parse_optional_count(text: &str) -> Result<Option<u32>, &'static str> {
    match text.trim() {
        "" | "NA" => Ok(None),
        t => parse_count(t)
            .map(Some)
            .map_err(|_| "not a count: expected a whole number, NA or nothing"),
    }
}

/// Parses a finite decimal number (`12`, `-1.683333`, `358.0833333333333`, `1e3`), as
/// Rust's `f64` parser reads it after trimming; `NaN` and infinities are refused.
pub(crate) fn parse_real(text: &str) -> Result<f64, &'static str> {
    match text.trim().parse::<f64>() {
        Ok(x) if x.is_finite() => Ok(x),
        _ => Err("not a number: expected a decimal number"),
    }
}

/// A year of four digits, 1000-9999 (the years [`Date`] represents), surrounding spaces
/// allowed.
pub(crate) fn parse_year(text: &str) -> Option<i32> {
    let t = text.trim();
    if t.len() != 4 || !t.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    t.parse().ok().filter(|y| *y >= 1000)
}

/// Parses an ISO 8601 date, `YYYY-MM-DD`, with [`Date`]'s checks.
pub(crate) fn parse_date(text: &str) -> Result<Date, String> {
    text.trim().parse::<Date>().map_err(|e| e.to_string())
}

/// The fast path of [`parse_date`] on the raw bytes of a field: the date if the field is
/// exactly `YYYY-MM-DD` (ASCII digits) and a valid date, as `Date`'s parser makes it;
/// `None` for anything else, which [`parse_date`] then accepts or explains.
fn parse_date_bytes(field: &[u8]) -> Option<Date> {
    let &[y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = field else {
        return None;
    };
    let number = |digits: &[u8]| {
        digits.iter().try_fold(0u32, |n, &b| {
            let digit = b.wrapping_sub(b'0');
            (digit <= 9).then(|| n * 10 + u32::from(digit))
        })
    };
    let year = i32::try_from(number(&[y0, y1, y2, y3])?).ok()?;
    Date::new(year, number(&[m0, m1])?, number(&[d0, d1])?).ok()
}

/// Parses a month, `YYYY-MM`, as its last day (`2010-02` is 2010-02-28): the date the
/// monthly files report on (the IPI files give the last day of the month).
pub(crate) fn parse_month(text: &str) -> Result<Date, String> {
    let t = text.trim();
    let parts = t.split_once('-').filter(|(y, m)| {
        y.len() == 4 && m.len() == 2 && y.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    });
    let Some((year, month)) = parts else {
        return Err("not a month: expected YYYY-MM".to_owned());
    };
    // Four and two ASCII digits: both parse.
    let (year, month) = (year.parse().unwrap_or(0), month.parse().unwrap_or(0));
    if !(1..=12).contains(&month) {
        return Err(format!("not a month: {month} is not between 1 and 12"));
    }
    Date::new(year, month, 1)
        .map(Date::last_of_month)
        .map_err(|e| e.to_string())
}

/// Parses a figure: a non-negative decimal number (`12`, `12.5`, `.5`, `12.`, and in
/// exponent notation `9.57e-05`, as pandas writes small floats), as the files converted
/// from Stata write them. An empty field or Stata's missing value `.` is `None`: whether a
/// missing figure is allowed is the importer's call. Signs before the number, `inf` and
/// `NaN` are not figures.
pub(crate) fn parse_figure(text: &str) -> Result<Option<f64>, &'static str> {
    const NOT: &str = "not a figure: expected a number such as 12 or 12.5, . or nothing";
    let t = text.trim();
    if t.is_empty() || t == "." {
        return Ok(None);
    }
    if t.starts_with('-') {
        return Err("a negative figure");
    }
    let (mantissa, exponent) = t.split_once(['e', 'E']).unwrap_or((t, "0"));
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let exponent = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
    if mantissa.is_empty()
        || !(digits(whole) && digits(fraction) && digits(exponent))
        || exponent.is_empty()
    {
        return Err(NOT);
    }
    match t.parse::<f64>() {
        Ok(x) if x.is_finite() => Ok(Some(x)),
        _ => Err(NOT),
    }
}

/// The fast path of [`parse_figure`] and [`parse_whole`] on the raw bytes of a field:
/// 1 to 9 ASCII digits, optionally followed by `.` and zeros (`17745.0`, as Stata writes
/// its whole numbers), as [`parse_digits`] reads them; `None` for anything else, which
/// the text parsers then read or explain.
fn whole_bytes(field: &[u8]) -> Option<u32> {
    let (digits, fraction) = match field.iter().position(|&b| b == b'.') {
        Some(dot) => (&field[..dot], &field[dot + 1..]),
        None => (field, &[][..]),
    };
    if fraction.iter().all(|&b| b == b'0') {
        parse_digits(digits)
    } else {
        None
    }
}

/// Parses a whole number written as a count or as a figure with a zero fraction (`12`,
/// `12.0`: Stata writes its whole numbers so when they are stored as floating point).
/// Empty or `.` is `None`, as in [`parse_figure`].
pub(crate) fn parse_whole(text: &str) -> Result<Option<u32>, &'static str> {
    let Some(x) = parse_figure(text)? else {
        return Ok(None);
    };
    if x.fract() != 0.0 {
        return Err("not a whole number");
    }
    if x > f64::from(u32::MAX) {
        return Err("number too large: at most 4,294,967,295");
    }
    // Whole, non-negative and in range: the conversion is exact.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    Ok(Some(x as u32))
}

/// One data row, with its fields looked up by the position of the wanted column.
pub(crate) struct Row<'a, const N: usize> {
    file: &'a str,
    line: u64,
    header: &'a [String],
    index: &'a [usize; N],
    /// The text the fields are in (see [`Records`]).
    text: &'a [u8],
    /// The row's fields, as many as the header's, checked to be UTF-8 by
    /// [`read_csv_named`].
    fields: &'a [Range<usize>],
}

impl<const N: usize> Row<'_, N> {
    /// The text of wanted column `i`, trimmed and parsed with `FromStr` (a code, an id);
    /// a failure skips the row, blaming the column, with the parser's message.
    pub(crate) fn parse<T>(&self, i: usize) -> Result<T, Skipped>
    where
        T: core::str::FromStr,
        T::Err: fmt::Display,
    {
        self.get(i)
            .trim()
            .parse()
            .map_err(|e: T::Err| self.skip_field(i, e.to_string()))
    }

    /// The mission in wanted column `i`, through [`names::mission_id`](crate::names::mission_id).
    pub(crate) fn mission(&self, i: usize) -> Result<peacekeeping_core::MissionId, Skipped> {
        crate::names::mission_id(self.get(i)).map_err(|e| self.skip_field(i, e.to_string()))
    }

    /// The raw bytes of wanted column `i` (empty if the column is not used): the text of
    /// [`get`](Row::get) without the UTF-8 check, to compare with.
    pub(crate) fn bytes(&self, i: usize) -> &[u8] {
        self.bytes_at(self.index[i])
    }

    /// The raw bytes of the field in position `column` of the header (empty if there is
    /// none).
    fn bytes_at(&self, column: usize) -> &[u8] {
        self.fields
            .get(column)
            .map_or(b"", |field| &self.text[field.clone()])
    }

    /// The text of wanted column `i` (empty if the column is not used, see
    /// [`read_csv_named`]).
    pub(crate) fn get(&self, i: usize) -> &str {
        self.text_at(self.index[i])
    }

    /// The text of the field in position `column` of the header, for a reader whose
    /// columns the header decides ([`read_csv_planned`]); empty if there is none.
    pub(crate) fn text_at(&self, column: usize) -> &str {
        // `read_csv_planned` gives only rows whose fields are all UTF-8, so this never
        // falls back to "".
        std::str::from_utf8(self.bytes_at(column)).unwrap_or("")
    }

    /// The position in the header of wanted column `i` (see [`Row::text_at`]).
    pub(crate) fn column(&self, i: usize) -> usize {
        self.index[i]
    }

    /// The line where the row starts.
    pub(crate) fn line(&self) -> u64 {
        self.line
    }

    /// The year in wanted column `i`: four digits, 1000-9999.
    pub(crate) fn year(&self, i: usize) -> Result<i32, Skipped> {
        parse_year(self.get(i)).ok_or_else(|| self.skip_field(i, "not a year: expected 1000-9999"))
    }

    /// The head count in wanted column `i`, or `None` for `NA` or nothing (see
    /// [`parse_optional_count`]).
    pub(crate) fn optional_count(&self, i: usize) -> Result<Option<u32>, Skipped> {
        match parse_digits(self.bytes(i)) {
            Some(n) => Ok(Some(n)),
            None => parse_optional_count(self.get(i)).map_err(|reason| self.skip_field(i, reason)),
        }
    }

    /// The finite number in wanted column `i` (see [`parse_real`]).
    pub(crate) fn real(&self, i: usize) -> Result<f64, Skipped> {
        self.real_at(self.index[i])
    }

    /// The finite number in wanted column `i`, or `None` for `NA`, `NaN` (R's missing
    /// value and not-a-number, the mean of nothing) or nothing.
    pub(crate) fn optional_real(&self, i: usize) -> Result<Option<f64>, Skipped> {
        match self.get(i).trim() {
            "" | "NA" | "NaN" => Ok(None),
            _ => self.real(i).map(Some),
        }
    }

    /// The latitude in wanted column `i`: decimal degrees, -90 to 90.
    pub(crate) fn latitude(&self, i: usize) -> Result<f64, Skipped> {
        self.degrees(i, 90.0, "not a latitude: expected -90 to 90 degrees")
    }

    /// The longitude in wanted column `i`: decimal degrees, -180 to 180.
    pub(crate) fn longitude(&self, i: usize) -> Result<f64, Skipped> {
        self.degrees(i, 180.0, "not a longitude: expected -180 to 180 degrees")
    }

    /// A number in wanted column `i` from `-limit` to `limit`.
    fn degrees(&self, i: usize, limit: f64, reason: &'static str) -> Result<f64, Skipped> {
        let x = self.real(i)?;
        if (-limit..=limit).contains(&x) {
            Ok(x)
        } else {
            Err(self.skip_field(i, reason))
        }
    }

    /// The finite number in position `column` of the header (see [`parse_real`]). A
    /// field `0`, the most common one in files of means, is read without the parser.
    pub(crate) fn real_at(&self, column: usize) -> Result<f64, Skipped> {
        if self.bytes_at(column) == b"0" {
            return Ok(0.0);
        }
        parse_real(self.text_at(column)).map_err(|reason| self.skip_at(column, reason))
    }

    /// The value `table` gives the text of wanted column `i` (trimmed, ignoring ASCII
    /// case); a text the table lacks skips the row, blaming the column, with `reason`.
    pub(crate) fn one_of<T: Copy>(
        &self,
        i: usize,
        table: &[(&str, T)],
        reason: &str,
    ) -> Result<T, Skipped> {
        let text = self.get(i).trim();
        table
            .iter()
            .find(|(name, _)| name.eq_ignore_ascii_case(text))
            .map(|&(_, value)| value)
            .ok_or_else(|| self.skip_field(i, reason))
    }

    /// Whether wanted column `i` is used (see [`read_csv_named`]).
    pub(crate) fn has(&self, i: usize) -> bool {
        self.index[i] != UNUSED
    }

    /// The head count in wanted column `i` (see [`parse_count`]).
    #[inline]
    pub(crate) fn count(&self, i: usize) -> Result<u32, Skipped> {
        match parse_digits(self.bytes(i)) {
            Some(n) => Ok(n),
            None => self.count_text(i),
        }
    }

    /// [`count`](Row::count) of a field that is not just digits (rare: the slow path,
    /// kept apart so that `count` is small enough to inline).
    #[cold]
    #[inline(never)]
    fn count_text(&self, i: usize) -> Result<u32, Skipped> {
        parse_count(self.get(i)).map_err(|reason| self.skip_field(i, reason))
    }

    /// A whole number in wanted column `i`, strictly: ASCII digits (surrounding spaces
    /// allowed), unlike [`count`](Row::count), which reads `NA` and nothing as 0. For data
    /// where a missing figure is not a zero.
    pub(crate) fn whole_number(&self, i: usize) -> Result<u32, Skipped> {
        if let Some(n) = parse_digits(self.bytes(i)) {
            return Ok(n);
        }
        let t = self.get(i).trim();
        if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
            return Err(self.skip_field(i, "not a whole number"));
        }
        t.parse()
            .map_err(|_| self.skip_field(i, "number too large: at most 4,294,967,295"))
    }

    /// The date in wanted column `i` (see [`parse_date`]).
    pub(crate) fn date(&self, i: usize) -> Result<Date, Skipped> {
        match parse_date_bytes(self.bytes(i)) {
            Some(date) => Ok(date),
            None => parse_date(self.get(i)).map_err(|reason| self.skip_field(i, reason)),
        }
    }

    /// The month in wanted column `i`, `YYYY-MM`, as its last day (see [`parse_month`]).
    pub(crate) fn month(&self, i: usize) -> Result<Date, Skipped> {
        parse_month(self.get(i)).map_err(|reason| self.skip_field(i, reason))
    }

    /// The figure in wanted column `i`, a non-negative decimal; `None` if the field is
    /// missing (see [`parse_figure`]).
    pub(crate) fn figure(&self, i: usize) -> Result<Option<f64>, Skipped> {
        match whole_bytes(self.bytes(i)) {
            Some(n) => Ok(Some(f64::from(n))),
            None => parse_figure(self.get(i)).map_err(|reason| self.skip_field(i, reason)),
        }
    }

    /// The whole number in wanted column `i`, written as a count or as a decimal with a
    /// zero fraction (`12`, `12.0`); `None` if the field is missing (see
    /// [`parse_whole`]).
    pub(crate) fn whole(&self, i: usize) -> Result<Option<u32>, Skipped> {
        match whole_bytes(self.bytes(i)) {
            Some(n) => Ok(Some(n)),
            None => parse_whole(self.get(i)).map_err(|reason| self.skip_field(i, reason)),
        }
    }

    /// A skip blaming wanted column `i`.
    pub(crate) fn skip_field(&self, i: usize, reason: impl Into<String>) -> Skipped {
        self.skip_at(self.index[i], reason)
    }

    /// A skip blaming the column in position `column` of the header.
    pub(crate) fn skip_at(&self, column: usize, reason: impl Into<String>) -> Skipped {
        Skipped {
            file: self.file.to_owned(),
            line: Some(self.line),
            field: self.header.get(column).cloned(),
            value: self.text_at(column).to_owned(),
            reason: reason.into(),
        }
    }

    /// A [`Note`] on `value`, part of wanted column `i`.
    pub(crate) fn note(&self, i: usize, value: &str, message: impl Into<String>) -> Note {
        Note {
            file: self.file.to_owned(),
            line: self.line,
            field: self.header.get(self.index[i]).cloned(),
            value: value.to_owned(),
            message: message.into(),
        }
    }
}

/// Reads a CSV file with a header: finds the `wanted` columns (or fails with
/// [`Error::MissingColumns`]), then turns each data row into a record with `convert` or
/// into a [`Skipped`] entry. Rows whose field count differs from the header's and rows
/// that are not UTF-8 are skipped before `convert` sees them.
pub(crate) fn read_csv<R: Read, T, const N: usize>(
    reader: R,
    file: &str,
    wanted: [Column; N],
    convert: impl FnMut(&Row<'_, N>) -> Result<T, Skipped>,
) -> Result<Import<T>, Error> {
    read_csv_named(reader, file, wanted, convert)
}

/// The index of a wanted column that is not used.
const UNUSED: usize = usize::MAX;

/// [`read_csv`] with column names known only at run time (a layout a user describes).
/// A wanted column with no names is not used: it is not looked for in the header,
/// [`Row::has`] is false for it and [`Row::get`] gives `""`.
pub(crate) fn read_csv_named<R: Read, T, S: AsRef<str>, const N: usize>(
    reader: R,
    file: &str,
    wanted: [&[S]; N],
    mut convert: impl FnMut(&Row<'_, N>) -> Result<T, Skipped>,
) -> Result<Import<T>, Error> {
    read_csv_planned(reader, file, wanted, |_| Ok(()), |(), row| convert(row))
}

/// [`read_csv_named`] for a file whose header decides some of the columns read (RADPKO's
/// one group of columns per contributor): once the wanted columns are found, `plan` looks
/// at the whole header and makes what `convert` needs to read every row (the positions of
/// the other columns, read with [`Row::text_at`] and [`Row::real_at`]), or fails.
///
/// The whole input is read into memory (the files these importers read are a few
/// megabytes), then split into rows by [`Records`]: faster than the `csv` crate's
/// buffered reader, which these importers used before, with the same rows.
pub(crate) fn read_csv_planned<R: Read, T, P, S: AsRef<str>, const N: usize>(
    mut reader: R,
    file: &str,
    wanted: [&[S]; N],
    plan: impl FnOnce(&[String]) -> Result<P, Error>,
    mut convert: impl FnMut(&P, &Row<'_, N>) -> Result<T, Skipped>,
) -> Result<Import<T>, Error> {
    let mut text = Vec::new();
    reader.read_to_end(&mut text).map_err(|e| {
        // `file` is a path (from `read_path`), or the label of a reader, which is none.
        let path = (file != INPUT).then(|| std::path::Path::new(file));
        Error::Io(IoError::new(IoAccess::Read, path, e))
    })?;
    // A row is used only if each of its fields is UTF-8: true of every row of an ASCII
    // file, which saves checking them one by one.
    let ascii = text.is_ascii();
    let mut records = Records::new(text);
    let mut fields = Vec::new();
    let header: Vec<String> = match records.next_record(&mut fields) {
        Some(_) => fields
            .iter()
            .map(|name| {
                String::from_utf8_lossy(&records.text()[name.clone()])
                    .trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
                    .to_owned()
            })
            .collect(),
        None => Vec::new(),
    };
    let index = find_columns(file, &header, wanted)?;
    let plan = plan(&header)?;

    let mut import = Import::default();
    while let Some(line) = records.next_record(&mut fields) {
        import.rows_read += 1;
        let text = records.text();
        let unsplit = |reason: String| Skipped {
            file: file.to_owned(),
            line: Some(line),
            field: None,
            value: fields
                .iter()
                .map(|f| String::from_utf8_lossy(&text[f.clone()]))
                .collect::<Vec<_>>()
                .join(","),
            reason,
        };
        if fields.len() != header.len() {
            let reason = format!(
                "the row has {} fields, the header has {}",
                fields.len(),
                header.len()
            );
            import.skipped.push(unsplit(reason));
            continue;
        }
        if !(ascii
            || fields
                .iter()
                .all(|f| std::str::from_utf8(&text[f.clone()]).is_ok()))
        {
            import
                .skipped
                .push(unsplit("the row is not valid UTF-8".to_owned()));
            continue;
        }
        let row = Row {
            file,
            line,
            header: &header,
            index: &index,
            text,
            fields: &fields,
        };
        match convert(&plan, &row) {
            Ok(record) => import.records.push(record),
            Err(skipped) => import.skipped.push(skipped),
        }
    }
    Ok(import)
}

/// Splits CSV text into rows of fields: RFC 4180, read as the `csv` crate (with its
/// default settings) reads it, which these importers used before, so the rows, fields and
/// line numbers are the same.
///
/// - Fields are separated by `,`; a row ends at `\n`, `\r\n` or `\r`, or at the end of
///   the text. Empty lines are skipped. A UTF-8 byte order mark at the start is skipped.
/// - A field that starts with `"` is quoted: it ends at the next `"` not doubled, and may
///   hold `,`, line breaks and doubled quotes (`""` for one `"`). Text after the closing
///   quote is kept as it is, up to the end of the field (`"ab"c` is `abc`); an unclosed
///   quote runs to the end of the text. A `"` anywhere else is an ordinary character.
/// - The line of a row is 1 + the `\n` read before the row, so a line break inside a
///   quoted field counts. As in the `csv` crate, the `\n` of a `\r\n` that ends a row
///   and the empty lines after a row are only read with the next row, and so are not
///   counted in its line (a row after empty lines, or in a `\r\n` file, is reported on
///   an earlier line than an editor shows).
///
/// Nothing is an error: any bytes split into rows.
///
/// A field is given as its range in [`text`](Records::text), so that splitting a row
/// allocates nothing: a quoted field is unquoted in place (its text, without the quotes
/// and with `""` made `"`, is moved to the start of its range in the text, which is never
/// looked at again).
struct Records {
    text: Vec<u8>,
    /// Where the next row (or the empty lines before it) starts.
    pos: usize,
    /// 1 + the `\n` read so far.
    line: u64,
}

impl Records {
    fn new(text: Vec<u8>) -> Self {
        let pos = if text.starts_with(b"\xef\xbb\xbf") {
            3
        } else {
            0
        };
        Records { text, pos, line: 1 }
    }

    /// The text the fields of the last row read are ranges of.
    fn text(&self) -> &[u8] {
        &self.text
    }

    /// Reads the next row into `fields` (cleared first) and gives the line it is reported
    /// on; `None` at the end of the text. A row has at least one field.
    fn next_record(&mut self, fields: &mut Vec<Range<usize>>) -> Option<u64> {
        fields.clear();
        let line = self.line;
        // The empty lines before the row (and the `\n` of the `\r\n` ending the last).
        while let Some(&b) = self.text.get(self.pos) {
            match b {
                b'\n' => self.line += 1,
                b'\r' => {}
                _ => break,
            }
            self.pos += 1;
        }
        if self.pos == self.text.len() {
            return None;
        }
        loop {
            let field = if self.text.get(self.pos) == Some(&b'"') {
                self.quoted()
            } else {
                self.unquoted()
            };
            fields.push(field);
            // At the end of the field: a separator, a line break or the end of the text.
            match self.text.get(self.pos) {
                Some(b',') => self.pos += 1,
                Some(b'\n') => {
                    self.pos += 1;
                    self.line += 1;
                    return Some(line);
                }
                Some(_) => {
                    // `\r`: its `\n`, if any, is read with the next row.
                    self.pos += 1;
                    return Some(line);
                }
                None => return Some(line),
            }
        }
    }

    /// The end of the unquoted text from `from`: the first `,`, `\r` or `\n`, or the end of
    /// the text.
    fn unquoted_end(&self, from: usize) -> usize {
        self.text[from..]
            .iter()
            .position(|&b| matches!(b, b',' | b'\n' | b'\r'))
            .map_or(self.text.len(), |len| from + len)
    }

    /// An unquoted field, from `pos` to the `,`, `\r` or `\n` that ends it, or to the end
    /// of the text.
    fn unquoted(&mut self) -> Range<usize> {
        let start = self.pos;
        self.pos = self.unquoted_end(start);
        start..self.pos
    }

    /// A quoted field, from its opening quote (at `pos`) to the end of the field: its
    /// text is put together in place, from the byte after the opening quote.
    fn quoted(&mut self) -> Range<usize> {
        let start = self.pos + 1;
        // The field's text so far is `start..end`; the quoted text goes on at `from`.
        let (mut end, mut from) = (start, start);
        loop {
            // The next quote, counting the line breaks before it.
            let mut quote = from;
            while let Some(&b) = self.text.get(quote) {
                match b {
                    b'"' => break,
                    b'\n' => self.line += 1,
                    _ => {}
                }
                quote += 1;
            }
            end = self.move_to(from..quote, end);
            if quote == self.text.len() {
                // No closing quote.
                self.pos = quote;
                return start..end;
            }
            match self.text.get(quote + 1) {
                None | Some(b',' | b'\n' | b'\r') => {
                    self.pos = quote + 1;
                    return start..end;
                }
                Some(b'"') => {
                    // A doubled quote: one `"`, and the quoted text goes on.
                    self.text[end] = b'"';
                    end += 1;
                    from = quote + 2;
                }
                Some(_) => {
                    // Text after the closing quote: kept, up to the end of the field.
                    self.pos = self.unquoted_end(quote + 1);
                    end = self.move_to(quote + 1..self.pos, end);
                    return start..end;
                }
            }
        }
    }

    /// Moves the bytes of `part` to `to` (at or before its start), and gives the end of
    /// where they are now.
    fn move_to(&mut self, part: Range<usize>, to: usize) -> usize {
        let len = part.len();
        if part.start != to {
            self.text.copy_within(part, to);
        }
        to + len
    }
}

/// The position in `header` of each wanted column, or every missing one in an error.
fn find_columns<S: AsRef<str>, const N: usize>(
    file: &str,
    header: &[String],
    wanted: [&[S]; N],
) -> Result<[usize; N], Error> {
    let mut index = [UNUSED; N];
    let mut missing = Vec::new();
    for (slot, names) in index.iter_mut().zip(wanted) {
        if names.is_empty() {
            continue;
        }
        match header.iter().position(|h| {
            names
                .iter()
                .any(|n| h.eq_ignore_ascii_case(n.as_ref().trim()))
        }) {
            Some(i) => *slot = i,
            None => missing.push(
                names
                    .iter()
                    .map(AsRef::as_ref)
                    .collect::<Vec<_>>()
                    .join(" or "),
            ),
        }
    }
    if missing.is_empty() {
        Ok(index)
    } else {
        Err(Error::MissingColumns {
            file: file.to_owned(),
            missing,
            found: header.to_vec(),
        })
    }
}

/// Runs an importer's reader on the file at `path`, named by its path in every error and
/// skipped row: the body of every `read_*_file` function.
pub(crate) fn read_path<T>(
    path: &std::path::Path,
    read: impl FnOnce(std::fs::File, &str) -> Result<T, Error>,
) -> Result<T, Error> {
    read(open(path)?, &path.display().to_string())
}

/// Opens a file for an importer, naming it in the error.
pub(crate) fn open(path: &std::path::Path) -> Result<std::fs::File, Error> {
    std::fs::File::open(path).map_err(|e| Error::Io(IoError::new(IoAccess::Read, Some(path), e)))
}

/// Checks the invariant of [`Import`]: every row read is imported, merged or skipped.
#[cfg(test)]
#[track_caller]
pub(crate) fn assert_balanced<T>(import: &Import<T>) {
    let s = import.summary();
    assert_eq!(s.read, s.imported + s.merged + s.skipped, "{s}");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_treat_na_and_empty_as_zero() {
        assert_eq!(parse_count("NA"), Ok(0));
        assert_eq!(parse_count(""), Ok(0));
        assert_eq!(parse_count(" 12 "), Ok(12));
        assert!(parse_count("-1").is_err());
        assert!(parse_count("1.5").is_err());
        assert!(parse_count("na").is_err());
        assert!(
            parse_count("99999999999")
                .unwrap_err()
                .contains("too large")
        );
    }

    #[test]
    fn counts_from_bytes_are_as_from_text() {
        for text in [
            "",
            "NA",
            "0",
            "7",
            "0012",
            "123456789",
            "4294967295",
            "4294967296",
            " 12 ",
            "1.5",
            "-1",
            "na",
            "\u{a0}3",
        ] {
            // What `Row::count` does: the fast path, or else `parse_count`.
            assert_eq!(
                parse_digits(text.as_bytes()).map_or_else(|| parse_count(text), Ok),
                parse_count(text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn whole_numbers_may_be_written_as_floats() {
        assert_eq!(parse_whole(""), Ok(None));
        assert_eq!(parse_whole(" 23 "), Ok(Some(23)));
        assert_eq!(parse_whole("23.0"), Ok(Some(23)));
        assert_eq!(parse_whole("23.000"), Ok(Some(23)));
        assert_eq!(parse_whole("23."), Ok(Some(23)));
        assert_eq!(parse_whole("1e3"), Ok(Some(1000)));
        for bad in ["23.5", "-1", "-1.0", "NA", "1e-3", "x", "4294967296"] {
            assert!(parse_whole(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn figures_are_non_negative_and_finite() {
        assert_eq!(parse_figure(""), Ok(None));
        assert_eq!(parse_figure("7789.2"), Ok(Some(7789.2)));
        assert_eq!(parse_figure("0.26666668"), Ok(Some(0.266_666_68)));
        assert_eq!(
            parse_figure("9.57395883198e-05"),
            Ok(Some(9.573_958_831_98e-5))
        );
        assert_eq!(parse_figure("1E3"), Ok(Some(1000.0)));
        for bad in [
            "-0.5", "inf", "NaN", "x", "1,5", "1e", "e3", "1e3.5", "+1", "1e400",
        ] {
            assert!(parse_figure(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn dates_are_iso() {
        assert_eq!(
            parse_date("2010-10-31"),
            Ok(Date::new(2010, 10, 31).unwrap())
        );
        assert!(parse_date("31/10/2010").unwrap_err().contains("YYYY-MM-DD"));
        assert!(parse_date("2010-02-30").is_err());
        assert!(parse_date("NA").is_err());
    }

    #[test]
    fn months_are_their_last_day() {
        let day = |y, m, d| Date::new(y, m, d).unwrap();
        assert_eq!(parse_month("2010-02"), Ok(day(2010, 2, 28)));
        assert_eq!(parse_month("2012-02"), Ok(day(2012, 2, 29)));
        assert_eq!(parse_month(" 1993-01 "), Ok(day(1993, 1, 31)));
        for bad in [
            "2010-13",
            "2010-00",
            "2010-2",
            "10-02",
            "2010/02",
            "2010-02-28",
            "",
            ".",
        ] {
            assert!(parse_month(bad).is_err(), "{bad:?}");
        }
        assert!(parse_month("2010-2").unwrap_err().contains("YYYY-MM"));
    }

    #[test]
    fn figures_are_non_negative_decimals_and_dot_is_missing() {
        assert_eq!(parse_figure("12"), Ok(Some(12.0)));
        assert_eq!(parse_figure(" 12.5 "), Ok(Some(12.5)));
        assert_eq!(parse_figure(".5"), Ok(Some(0.5)));
        assert_eq!(parse_figure("12."), Ok(Some(12.0)));
        assert_eq!(parse_figure(""), Ok(None));
        assert_eq!(parse_figure("."), Ok(None));
        assert_eq!(parse_figure("-1"), Err("a negative figure"));
        for bad in ["inf", "NaN", "+3", "1.2.3", "NA", "..", "1,5"] {
            assert!(parse_figure(bad).is_err(), "{bad:?}");
        }
        assert_eq!(parse_whole("17745.0"), Ok(Some(17_745)));
        assert_eq!(parse_whole("7"), Ok(Some(7)));
        assert_eq!(parse_whole("."), Ok(None));
        assert_eq!(parse_whole("1.5"), Err("not a whole number"));
        assert!(parse_whole("4294967296").unwrap_err().contains("too large"));
        assert_eq!(parse_whole("4294967295.0"), Ok(Some(u32::MAX)));
        // The fast path on bytes reads what the text parsers read, or leaves it to them.
        for text in [
            "",
            ".",
            "0",
            "7",
            "12.0",
            "12.",
            "12.000",
            "12.5",
            ".0",
            "007.0",
            "123456789.0",
            "1234567890.0",
            "-1.0",
            " 3.0",
            "1e3",
            "3.0.0",
        ] {
            if let Some(n) = whole_bytes(text.as_bytes()) {
                assert_eq!(parse_whole(text), Ok(Some(n)), "{text:?}");
                assert_eq!(parse_figure(text), Ok(Some(f64::from(n))), "{text:?}");
            }
        }
        assert_eq!(whole_bytes(b"17745.0"), Some(17_745));
        assert_eq!(whole_bytes(b".0"), None);
    }

    const A: Column = &["A"];
    const B: Column = &["B", "bee"];

    fn read(text: &str) -> Result<Import<(u32, u32)>, Error> {
        read_csv(text.as_bytes(), "t.csv", [A, B], |row| {
            Ok((row.count(0)?, row.count(1)?))
        })
    }

    /// A reader that fails at once.
    struct Broken;

    impl Read for Broken {
        fn read(&mut self, _: &mut [u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("the disk went away"))
        }
    }

    #[test]
    fn a_read_failure_names_the_file_but_no_path_for_a_reader() {
        let convert = |_: &Row<'_, 1>| Ok(());
        let err = read_csv(Broken, INPUT, [A], convert).unwrap_err();
        let Error::Io(io) = &err else {
            panic!("not an I/O error: {err:?}")
        };
        assert_eq!((io.access(), io.path()), (IoAccess::Read, None));
        assert_eq!(err.to_string(), "cannot read: the disk went away");
        let err = read_csv(Broken, "data/t.csv", [A], convert).unwrap_err();
        let Error::Io(io) = &err else {
            panic!("not an I/O error: {err:?}")
        };
        let path = Some(std::path::Path::new("data/t.csv"));
        assert_eq!((io.access(), io.path()), (IoAccess::Read, path));
        assert_eq!(
            err.to_string(),
            "data/t.csv: cannot read: the disk went away"
        );
    }

    #[test]
    fn columns_are_found_by_any_name_ignoring_case_and_order() {
        let import = read("x,BEE,a\n0,1,2\n").unwrap();
        assert_eq!(import.records, [(2, 1)]);
        assert!(import.is_complete());
        assert_eq!(import.rows_read, 1);
        assert_balanced(&import);
    }

    #[test]
    fn missing_columns_are_all_named() {
        let err = read("x,y\n1,2\n").unwrap_err();
        assert_eq!(
            err,
            Error::MissingColumns {
                file: "t.csv".into(),
                missing: vec!["A".into(), "B or bee".into()],
                found: vec!["x".into(), "y".into()],
            }
        );
        assert!(
            matches!(read("").unwrap_err(), Error::MissingColumns { found, .. } if found.is_empty())
        );
    }

    #[test]
    fn bad_rows_are_all_skipped_with_their_line() {
        let text = b"A,B\n1,2\n1\n\"multi\nline\",3\n4,x\n\xff,1\n5,6,7\n8,9\n";
        let import = read_csv(&text[..], "t.csv", [A, B], |row| {
            Ok((row.count(0)?, row.count(1)?))
        })
        .unwrap();
        assert_eq!(import.records, [(1, 2), (8, 9)]);
        let lines: Vec<_> = import.skipped.iter().map(|s| s.line).collect();
        assert_eq!(lines, [Some(3), Some(4), Some(6), Some(7), Some(8)]);
        assert!(
            import.skipped[0]
                .reason
                .contains("1 fields, the header has 2")
        );
        assert_eq!(import.skipped[1].field.as_deref(), Some("A"));
        assert_eq!(import.skipped[1].value, "multi\nline");
        assert_eq!(import.skipped[2].field.as_deref(), Some("B"));
        assert!(import.skipped[3].reason.contains("UTF-8"));
        assert_eq!(import.skipped[4].value, "5,6,7");
        assert_eq!(
            import.summary().to_string(),
            "7 rows read: 2 imported, 0 merged, 5 skipped"
        );
        assert_balanced(&import);
    }

    /// The rows of `text` as [`Records`] splits them: (line, fields).
    fn split(text: &[u8]) -> Vec<(u64, Vec<Vec<u8>>)> {
        let mut records = Records::new(text.to_vec());
        let mut fields = Vec::new();
        let mut rows = Vec::new();
        while let Some(line) = records.next_record(&mut fields) {
            let text = records.text();
            rows.push((
                line,
                fields.iter().map(|f| text[f.clone()].to_vec()).collect(),
            ));
        }
        rows
    }

    /// The rows of `text` as the `csv` crate splits them, with the settings the importers
    /// used before they had [`Records`].
    fn split_by_csv(text: &[u8]) -> Vec<(u64, Vec<Vec<u8>>)> {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text);
        let mut record = csv::ByteRecord::new();
        let mut rows = Vec::new();
        while reader.read_byte_record(&mut record).unwrap() {
            let line = record.position().unwrap().line();
            rows.push((line, record.iter().map(<[u8]>::to_vec).collect()));
        }
        rows
    }

    fn row(line: u64, fields: &[&str]) -> (u64, Vec<Vec<u8>>) {
        (line, fields.iter().map(|f| f.as_bytes().to_vec()).collect())
    }

    #[test]
    fn rows_are_split_as_rfc_4180_says() {
        let text =
            b"a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",,\"\"\r\nlast,\"x\"y\"z,\"open";
        assert_eq!(
            split(text),
            [
                row(1, &["a", "b,c", "say \"hi\""]),
                // The `\n` of a `\r\n` is read with the next row, as the `csv` crate does.
                row(1, &["two\r\nlines", "", ""]),
                row(3, &["last", "xy\"z", "open"]),
            ]
        );
        assert_eq!(split(text), split_by_csv(text));
        assert_eq!(
            split(b"\xef\xbb\xbfa\n\n\nb,\n"),
            [row(1, &["a"]), row(2, &["b", ""])]
        );
        assert_eq!(split(b""), []);
        assert_eq!(split(b"\r\n\n"), []);
    }

    #[test]
    fn quoted_fields_are_put_together_in_place() {
        let mut records = Records::new(b"\"ab\",\"a\"\"b\"\"\",\"\"\"\",\"x\"y,c\"d".to_vec());
        let mut fields = Vec::new();
        assert_eq!(records.next_record(&mut fields), Some(1));
        assert_eq!(fields, [1..3, 6..10, 15..16, 20..22, 24..27]);
        let text = records.text();
        let fields: Vec<&[u8]> = fields.iter().map(|f| &text[f.clone()]).collect();
        assert_eq!(fields, [&b"ab"[..], b"a\"b\"", b"\"", b"xy", b"c\"d"]);
        assert_eq!(records.next_record(&mut vec![]), None);
    }

    #[test]
    fn dates_from_bytes_are_as_from_text() {
        for text in [
            "2010-10-31",
            "2012-02-29",
            "2010-02-30",
            "2010-13-01",
            "0000-01-01",
            "2010-1-031",
            "2010/10/31",
            " 2010-10-31",
            "2010-10-3x",
            "+010-10-31",
            "NA",
            "",
        ] {
            // What `Row::date` does: the fast path, or else `parse_date`.
            assert_eq!(
                parse_date_bytes(text.as_bytes()).map_or_else(|| parse_date(text), Ok),
                parse_date(text),
                "{text:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn rows_are_split_as_the_csv_crate_splits_them(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    &b"a"[..], b"12", b" ", b",", b"\"", b"\"\"", b"\r", b"\n", b"\r\n",
                    b"\xef\xbb\xbf", "é".as_bytes(), b"\xff",
                ]),
                0..40,
            )
        ) {
            let text = pieces.concat();
            proptest::prop_assert_eq!(split(&text), split_by_csv(&text));
        }
    }

    /// Every CSV file of the shared data directory (if there is one) splits as the `csv`
    /// crate splits it.
    #[test]
    fn real_files_are_split_as_the_csv_crate_splits_them() {
        let dir = std::env::var_os("PEACEKEEPING_SHARED_DATA").map_or_else(
            || {
                std::path::PathBuf::from(concat!(
                    env!("CARGO_MANIFEST_DIR"),
                    "/../../../shared/data"
                ))
            },
            std::path::PathBuf::from,
        );
        let mut dirs = vec![dir];
        let mut files = 0;
        while let Some(dir) = dirs.pop() {
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                } else if path.extension().is_some_and(|e| e == "csv") {
                    let text = std::fs::read(&path).unwrap();
                    assert!(split(&text) == split_by_csv(&text), "{}", path.display());
                    files += 1;
                }
            }
        }
        println!("{files} shared data files split as the csv crate splits them");
    }

    #[test]
    fn a_byte_order_mark_is_ignored() {
        let import = read("\u{feff}A,B\n1,2\n").unwrap();
        assert_eq!(import.records, [(1, 2)]);
    }

    #[test]
    fn skipped_displays_like_an_editor_location() {
        let s = Skipped {
            file: "f.csv".into(),
            line: None,
            field: None,
            value: ".csv".into(),
            reason: "no name".into(),
        };
        assert_eq!(s.to_string(), r#"f.csv: ".csv": no name"#);
    }

    #[test]
    fn append_keeps_order_and_adds_the_counts() {
        let mut a = Import {
            records: vec![1],
            skipped: vec![],
            rows_read: 2,
            rows_merged: 1,
            notes: vec![],
            unknown_missions: vec![],
        };
        a.append(Import {
            records: vec![2],
            skipped: vec![skipped(Some(3))],
            rows_read: 2,
            rows_merged: 0,
            notes: vec![],
            unknown_missions: vec![unknown("MINUSMAA", 2)],
        });
        assert_eq!(a.records, [1, 2]);
        assert_eq!(a.unknown_missions, [unknown("MINUSMAA", 2)]);
        assert_eq!(
            a.summary().to_string(),
            "4 rows read: 2 imported, 1 merged, 1 skipped; 1 unknown mission"
        );
        assert_balanced(&a);
    }

    fn unknown(value: &str, line: u64) -> UnknownMission {
        UnknownMission {
            file: "f.csv".into(),
            line,
            field: "Mission".into(),
            value: value.into(),
            id: MissionId::new(value).unwrap(),
            rows: 1,
            closest: None,
        }
    }

    #[test]
    fn unknown_missions_are_counted_once_per_acronym_with_their_rows_and_closest_match() {
        let csv = "Date,Mission,Country of Mission ISO-3,Number of Contributors,Troops,Police,Observers,Total
2014-01-31,UNMISS,SSD,60,7000,900,150,8050
2014-01-31,XYZZY,SSD,1,1,0,0,1
2014-01-31,MINUSMAA,MLI,37,5539,1009,0,6548
2014-02-28,XYZZY,SSD,1,1,0,0,1
2014-02-28,MINUSMAA,MLI,38,5700,1009,0,6709
2014-02-28,MINUSMAA,MLI,38,5700,1009,0,bad
2014-03-31,UNMISS,SSD,60,7000,900,150,8050
";
        let import = crate::ipi::read_mission_months(csv.as_bytes()).unwrap();
        assert_eq!(import.records.len(), 6);
        let found: Vec<_> = import
            .unknown_missions
            .iter()
            .map(|u| {
                (
                    u.value.as_str(),
                    u.line,
                    u.rows,
                    u.closest.as_ref().map(MissionId::as_str),
                )
            })
            .collect();
        // The skipped row (line 7) is not counted among MINUSMAA's rows.
        assert_eq!(
            found,
            [("XYZZY", 3, 2, None), ("MINUSMAA", 4, 2, Some("MINUSMA"))]
        );
        assert_eq!(
            import.summary().to_string(),
            "7 rows read: 6 imported, 0 merged, 1 skipped; 2 unknown missions"
        );
        // The same file twice (as a directory of files would give): each acronym is
        // listed once per file, and counted once.
        let mut twice = crate::ipi::read_mission_months(csv.as_bytes()).unwrap();
        twice.append(crate::ipi::read_mission_months(csv.as_bytes()).unwrap());
        assert_eq!(twice.unknown_missions.len(), 4);
        assert_eq!(twice.summary().unknown_missions, 2);
        assert_eq!(
            import.unknown_missions[0].to_string(),
            r#"<input>:3: column "Mission" "XYZZY" (2 rows): no mission of the reference dataset; no known acronym is close"#
        );
    }

    fn skipped(line: Option<u64>) -> Skipped {
        Skipped {
            file: "f.csv".into(),
            line,
            field: None,
            value: "v".into(),
            reason: "r".into(),
        }
    }

    #[test]
    fn files_skipped_whole_are_counted_apart() {
        let import = Import::<u8> {
            skipped: vec![skipped(None), skipped(Some(2)), skipped(None)],
            rows_read: 1,
            ..Import::default()
        };
        let summary = import.summary();
        assert_eq!((summary.skipped, summary.files_skipped), (1, 2));
        assert_eq!(
            summary.to_string(),
            "1 row read: 0 imported, 0 merged, 1 skipped; 2 files skipped"
        );
        assert_balanced(&import);
        let one = Import::<u8> {
            skipped: vec![skipped(None)],
            ..Import::default()
        };
        assert!(
            one.summary()
                .to_string()
                .ends_with("0 skipped; 1 file skipped")
        );
    }

    #[test]
    fn strict_gives_the_records_or_the_first_problem() {
        let clean = Import {
            records: vec![1, 2],
            skipped: vec![],
            rows_read: 2,
            rows_merged: 0,
            notes: vec![],
            unknown_missions: vec![unknown("XYZZY", 2)],
        };
        // Unknown missions are imported: strict mode does not reject them.
        assert_eq!(clean.strict(), Ok(vec![1, 2]));
        let bad = Import::<u8> {
            skipped: vec![skipped(Some(4)), skipped(Some(9))],
            rows_read: 2,
            ..Import::default()
        };
        let err = bad.strict().unwrap_err();
        assert_eq!(err, Error::Rejected(skipped(Some(4))));
        assert_eq!(err.to_string(), r#"f.csv:4: "v": r"#);
    }
}
