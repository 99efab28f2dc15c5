//! A tour of the toolkit: `cargo run --example tour`.
//!
//! Reads the example dataset of `docs/examples/dataset.json` (true, sourced facts in the
//! documented JSON format), then shows what a `Dataset` answers: which missions were
//! active on a date and which took over from which, who belonged to which organization
//! when, the partnerships and their frictions, and how a broken record is reported.
//!
//! Arguments: an optional path to another dataset file in the same format.

use std::process::ExitCode;

use peacekeeping::prelude::*;
use peacekeeping::{EntityKind, Error, ProblemKind};

const EXAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../docs/examples/dataset.json"
);

fn main() -> ExitCode {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| EXAMPLE.to_owned());
    match run(&path) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tour: {e}");
            eprintln!("usage: cargo run --example tour [DATASET.json]");
            ExitCode::FAILURE
        }
    }
}

fn run(path: &str) -> Result<(), Error> {
    let data = Dataset::from_json_file(path)?;
    println!("peacekeeping tour: {path}\n");
    println!(
        "{} actors, {} memberships, {} missions, {} partnerships, {} contributions, {} trainings, {} frictions, {} sources\n",
        data.actors().len(),
        data.memberships().len(),
        data.missions().len(),
        data.partnerships().len(),
        data.contributions().len(),
        data.trainings().len(),
        data.frictions().len(),
        data.sources().len(),
    );

    missions(&data)?;
    memberships(&data);
    partnerships(&data);
    broken_record(data)?;
    Ok(())
}

/// Prints rows as an aligned table under a header.
fn table(header: &[&str], rows: &[Vec<String>]) {
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let line = |cells: Vec<&str>| {
        let padded: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        println!("  {}", padded.join("  ").trim_end());
    };
    line(header.to_vec());
    line(
        widths
            .iter()
            .map(|w| "-".repeat(*w))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str)
            .collect(),
    );
    for row in rows {
        line(row.iter().map(String::as_str).collect());
    }
    println!();
}

fn join<T: ToString>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

fn missions(data: &Dataset) -> Result<(), Error> {
    for date in [Date::new(2015, 1, 1)?, Date::new(2024, 6, 30)?] {
        println!("Missions active on {date}:");
        let rows: Vec<Vec<String>> = data
            .missions_active_on(date)
            .map(|m| {
                vec![
                    m.acronym.clone(),
                    m.kind.to_string(),
                    join(&m.leads),
                    join(&m.hosts),
                    m.period.to_string(),
                ]
            })
            .collect();
        table(&["mission", "kind", "led by", "hosts", "period"], &rows);
    }
    println!("Successions:");
    let rows: Vec<Vec<String>> = data
        .missions()
        .iter()
        .flat_map(|m| {
            data.successors_of(&m.id).map(move |s| {
                vec![
                    m.acronym.clone(),
                    "->".to_owned(),
                    s.acronym.clone(),
                    s.period.start().to_string(),
                ]
            })
        })
        .collect();
    table(&["mission", "", "taken over by", "from"], &rows);
    Ok(())
}

fn memberships(data: &Dataset) {
    for org in data.actors().iter().filter(|a| a.kind.is_organization()) {
        let mut events: Vec<(Date, String)> = Vec::new();
        for m in data
            .memberships()
            .iter()
            .filter(|m| m.organization == org.id)
        {
            let who = data
                .actor(&m.member)
                .map_or(m.member.to_string(), |a| a.name.clone());
            events.push((m.period.start(), format!("{who}: {} from", m.status)));
            if let Some(end) = m.period.end() {
                events.push((end, format!("{who}: {} until", m.status)));
            }
        }
        if events.is_empty() {
            continue;
        }
        events.sort();
        println!("{} ({}): membership timeline", org.name, org.id);
        let rows: Vec<Vec<String>> = events
            .into_iter()
            .map(|(d, e)| vec![d.to_string(), e])
            .collect();
        table(&["date", "event"], &rows);
    }
}

fn partnerships(data: &Dataset) {
    println!("Partnerships:");
    let rows: Vec<Vec<String>> = data
        .partnerships()
        .iter()
        .map(|p| {
            vec![
                p.name.clone(),
                p.kind.to_string(),
                join(
                    p.parties
                        .iter()
                        .map(|x| format!("{} ({})", x.actor, x.role)),
                ),
                join(&p.domains),
                p.period.to_string(),
            ]
        })
        .collect();
    table(
        &["partnership", "kind", "parties", "domains", "period"],
        &rows,
    );
    if !data.frictions().is_empty() {
        println!("Frictions:");
        let rows: Vec<Vec<String>> = data
            .frictions()
            .iter()
            .map(|f| {
                vec![
                    f.observed.to_string(),
                    f.partnership.to_string(),
                    f.kind.to_string(),
                    f.severity.to_string(),
                ]
            })
            .collect();
        table(&["observed", "partnership", "kind", "severity"], &rows);
    }
}

/// Shows how validation names a problem: a bilateral partnership given a third party.
fn broken_record(data: Dataset) -> Result<(), Error> {
    let Some(bilateral) = data
        .partnerships_of_kind(PartnershipKind::Bilateral)
        .next()
        .cloned()
    else {
        return Ok(());
    };
    let extra = data
        .actors()
        .iter()
        .find(|a| !bilateral.involves(&a.id))
        .map(|a| a.id.clone());
    let Some(extra) = extra else { return Ok(()) };
    let mut builder = data.into_builder();
    let mut broken = bilateral.with_party(Party::new(extra, PartyRole::Participant));
    broken.id = "broken-example".parse()?;
    builder.partnership(broken);
    println!("Validation: adding a bilateral partnership with three parties gives");
    match builder.build() {
        Err(Error::Invalid(report)) => {
            for p in report.problems() {
                let flag = matches!(p.kind, ProblemKind::BilateralPartyCount { .. })
                    && p.entity.kind == EntityKind::Partnership;
                println!("  {}{p}", if flag { "* " } else { "  " });
            }
        }
        Err(other) => return Err(other),
        Ok(_) => println!("  no problem (unexpected)"),
    }
    Ok(())
}
