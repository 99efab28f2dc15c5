//! Writes `reference/contributions.json`, the published contribution figures of the
//! reference dataset: the UN's complete monthly reports of uniformed personnel (every
//! contributor, mission, personnel category and sex) at the end of October 2010,
//! December 2012 and December 2013, taken from the IPI Peacekeeping Database file
//! `Gender.Full.csv`, which compiles them. Complete reports, so that a mission's latest
//! report on a date is the whole of it (see `Dataset::deployments_in`): a mission that is
//! active on a report date (by the reference dataset's periods) but that the report does
//! not list, because its personnel had left, gets a report of zero personnel from each
//! contributor of its previous embedded report, so that older figures are not carried
//! forward.
//!
//! ```sh
//! cargo run -p peacekeeping-data --example reference_contributions -- \
//!     ../shared/data/ipi-tcc/Gender.Full.csv > crates/peacekeeping-data/reference/contributions.json
//! ```
//!
//! The test `the_embedded_contributions_are_the_ipi_files_reports`
//! (tests/suite/reference_cases.rs) reads the file again and checks that the embedded
//! records are exactly these. The JSON is written one record per line, to keep the
//! embedded text small.

use std::process::ExitCode;

use std::collections::BTreeSet;

use peacekeeping_core::{Contributed, Contribution, Dataset, Date, Personnel, SourceId};
use peacekeeping_data::{ipi, reference};

/// The dates whose reports are embedded.
const DATES: [&str; 3] = ["2010-10-31", "2012-12-31", "2013-12-31"];
/// The source every record cites (defined in reference/cases.json).
const SOURCE: &str = "ipi-peacekeeping-database";

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: reference_contributions <path to ipi-tcc/Gender.Full.csv>");
        return ExitCode::from(2);
    };
    match run(&path) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("reference_contributions: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(path: &str) -> Result<String, Box<dyn std::error::Error>> {
    let source: SourceId = SOURCE.parse()?;
    let import = ipi::read_gender_full_file(path, Some(source))?;
    let dates = DATES
        .iter()
        .map(|d| d.parse::<Date>())
        .collect::<Result<Vec<_>, _>>()?;
    let mut chosen: Vec<Contribution> = import
        .records
        .iter()
        .filter(|c| dates.contains(&c.date))
        .cloned()
        .collect();
    chosen.extend(closing_reports(&chosen, &dates)?);
    chosen.sort_by(|a, b| {
        (a.date, a.contributor.as_str(), a.mission.as_str()).cmp(&(
            b.date,
            b.contributor.as_str(),
            b.mission.as_str(),
        ))
    });
    let mut out = String::from(
        "{\n\"format\": \"peacekeeping-dataset\",\n\"version\": 1,\n\"contributions\": [\n",
    );
    for (i, c) in chosen.iter().enumerate() {
        if i > 0 {
            out.push_str(",\n");
        }
        out.push_str(&serde_json::to_string(c)?);
    }
    out.push_str("\n]\n}");
    Ok(out)
}

/// Zero reports for the missions active on a report date that the report does not list:
/// one per contributor of the mission's previous embedded report.
fn closing_reports(
    reports: &[Contribution],
    dates: &[Date],
) -> Result<Vec<Contribution>, Box<dyn std::error::Error>> {
    // The reference dataset without its contributions: the missions and their periods.
    let others = reference::DOCUMENTS
        .into_iter()
        .filter(|(name, _)| !name.ends_with("contributions.json"));
    let missions = Dataset::from_json_documents(others)?;
    let mut closing = Vec::new();
    for (i, &date) in dates.iter().enumerate() {
        let reported: BTreeSet<&str> = reports
            .iter()
            .filter(|c| c.date == date)
            .map(|c| c.mission.as_str())
            .collect();
        for earlier in dates[..i].iter().rev() {
            let silent: BTreeSet<&str> = reports
                .iter()
                .filter(|c| c.date == *earlier && !reported.contains(c.mission.as_str()))
                .filter(|c| {
                    missions
                        .mission(&c.mission)
                        .is_some_and(|m| m.is_active_on(date))
                })
                .map(|c| c.mission.as_str())
                .collect();
            for c in reports
                .iter()
                .filter(|c| c.date == *earlier && silent.contains(c.mission.as_str()))
            {
                let mut zero = c.clone();
                zero.date = date;
                zero.what = Contributed::Personnel(Personnel::default());
                closing.push(zero);
            }
            if !silent.is_empty() {
                break;
            }
        }
    }
    Ok(closing)
}
