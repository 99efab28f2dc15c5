//! The UN's ranking of contributors of uniformed personnel on a date, from a contribution
//! file, as CSV.
//!
//! ```sh
//! cargo run --example contributors -- FILE DATE [--layout LAYOUT]
//! ```
//!
//! - `FILE`: a contribution file (contributor x mission x date).
//! - `DATE`: the date of the ranking, `YYYY-MM-DD`. Each mission counts with its latest
//!   report on or before it (`Dataset::personnel_by_contributor_on`), so a monthly file is
//!   read at a month end.
//! - `--layout`: the file's layout, a `peacekeeping::data::contributions::Format`:
//!   `gender-full` (IPI's `Gender.Full.csv`, the default), or one of the UN layouts of
//!   `peacekeeping::data::un::Layout`: `data-hub`, `data-hub-before-2010`, `hdx-gender`,
//!   `ipi-full`.
//!
//! The file's records replace the reference dataset's own figures
//! (`peacekeeping::data::reference::with_import`). On stderr: the import summary,
//! every row skipped and every unknown mission (its records left out), every record
//! left out and every closing report added, and the total. On stdout, one line per
//! contributor with personnel on the date, largest first (ties by id):
//! `rank,actor,name,total,military,police,female`.
//!
//! A bad command line prints this usage on stderr and exits with code 2; a file that
//! cannot be read or used, with code 1.

use peacekeeping_testkit::cli;
use std::error::Error;
use std::path::Path;
use std::process::ExitCode;

use peacekeeping::Date;
use peacekeeping::data::contributions::{self, Format};
use peacekeeping::data::reference;

const USAGE: &str = "usage: contributors FILE DATE [--layout LAYOUT]
  FILE      a contribution file
  DATE      the date of the ranking, YYYY-MM-DD
  --layout  gender-full (default), data-hub, data-hub-before-2010, hdx-gender, ipi-full
prints rank,actor,name,total,military,police,female as CSV";

fn main() -> ExitCode {
    let args = match cli::Args::parse(std::env::args().skip(1), &["layout"]) {
        Ok(args) => args,
        Err(message) => return cli::usage_error(&message, USAGE),
    };
    let [file, date] = args.positional.as_slice() else {
        return cli::usage_error("expected FILE and DATE", USAGE);
    };
    let date: Date = match date.parse() {
        Ok(date) => date,
        Err(e) => return cli::usage_error(&format!("DATE {date:?}: {e}"), USAGE),
    };
    let layout = match args.get::<Format>("layout") {
        Ok(layout) => layout.unwrap_or_default(),
        Err(message) => return cli::usage_error(&message, USAGE),
    };
    cli::exit_code(rank(Path::new(file), layout, date))
}

/// Reads `file` in `layout` into the reference dataset, reporting on stderr what was
/// read, skipped, left out and added, then prints the ranking of `date`.
fn rank(file: &Path, layout: Format, date: Date) -> Result<(), Box<dyn Error>> {
    let name = file.display().to_string();
    let import = contributions::read_file(file, layout, None)?;
    eprint!("{}", import.report(&name));
    let (data, merge) = reference::with_import(import)?;
    eprint!("{}", merge.report(&name));

    let ranking = data.personnel_by_contributor_on(date);
    println!("rank,actor,name,total,military,police,female");
    for (rank, (actor, personnel)) in ranking.iter().enumerate() {
        let name = data.actor(actor.as_str()).map_or("", |a| a.name.as_str());
        println!(
            "{},{actor},{},{},{},{},{}",
            rank + 1,
            peacekeeping::csv_field(name),
            personnel.total(),
            personnel.military().total(),
            personnel.police().total(),
            personnel.all().female
        );
    }
    let total: u64 = ranking.iter().map(|(_, p)| p.total()).sum();
    eprintln!(
        "{date}: {} contributors, {total} uniformed personnel",
        ranking.len()
    );
    Ok(())
}
