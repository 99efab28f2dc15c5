//! What the research examples `contributors` and `network` share: their input, a
//! contribution file in any supported layout turned into the reference dataset with that
//! file's figures (`peacekeeping::data::reference::with_contributions`). Each example
//! includes this file with `#[path]`, beside `cli.rs`.

use std::error::Error;
use std::path::Path;
use std::process::ExitCode;

use peacekeeping::data::{Import, ipi, reference, un};
use peacekeeping::{Contribution, Dataset};

use crate::cli::{exit_code, usage_error};

/// The `--layout` values, the first the default.
pub(crate) const LAYOUTS: &str =
    "gender-full (default), data-hub, data-hub-before-2010, hdx-gender, ipi-full";

/// [`read_dataset`] for `main`: a bad layout is a usage error (code 2, with `usage`), a
/// file that cannot be read or used an error (code 1).
pub(crate) fn dataset(path: &Path, layout: Option<&str>, usage: &str) -> Result<Dataset, ExitCode> {
    match read_dataset(path, layout) {
        Ok(Ok(data)) => Ok(data),
        Ok(Err(message)) => Err(usage_error(&message, usage)),
        Err(e) => Err(exit_code(Err(e))),
    }
}

/// Reads the contribution file at `path` in `layout` (one of [`LAYOUTS`]; `None` is
/// `gender-full`), reports on stderr its import summary, every skipped row, every unknown
/// mission (whose records are left out: the reference dataset does not have them) and
/// what `with_contributions` left out and added, and returns the reference dataset with
/// the file's figures.
///
/// An unknown layout is `Ok(Err(message))`, for the caller to print with its usage.
fn read_dataset(
    path: &Path,
    layout: Option<&str>,
) -> Result<Result<Dataset, String>, Box<dyn Error>> {
    let import = match layout.unwrap_or("gender-full") {
        "gender-full" => ipi::read_gender_full_file(path, None)?,
        name => {
            let layout = match name {
                "data-hub" => un::Layout::data_hub(),
                "data-hub-before-2010" => un::Layout::data_hub_before_2010(),
                "hdx-gender" => un::Layout::hdx_gender(),
                "ipi-full" => un::Layout::ipi_full(),
                _ => return Ok(Err(format!("unknown layout {name:?}; one of: {LAYOUTS}"))),
            };
            un::read_contributions_file(path, &layout, None)?
        }
    };
    let records = report_import(path, import);
    let (data, merge) = reference::with_contributions(records)?;
    for left_out in &merge.left_out {
        eprintln!("left out: {left_out}");
    }
    for c in &merge.closing {
        eprintln!(
            "closing report added: {} {} {} (the file stops listing the mission while it is active)",
            c.contributor, c.mission, c.date
        );
    }
    eprintln!(
        "{}: {} records left out, {} closing reports added",
        path.display(),
        merge.left_out.len(),
        merge.closing.len()
    );
    Ok(Ok(data))
}

/// Prints the import's summary, skipped rows and unknown missions on stderr; the records,
/// without those of unknown missions.
fn report_import(path: &Path, import: Import<Contribution>) -> Vec<Contribution> {
    eprintln!("{}: {}", path.display(), import.summary());
    for skipped in &import.skipped {
        eprintln!("skipped: {skipped}");
    }
    for unknown in &import.unknown_missions {
        eprintln!("left out (unknown mission): {unknown}");
    }
    let mut records = import.records;
    records.retain(|c| !import.unknown_missions.iter().any(|u| u.id == c.mission));
    records
}
