//! A tour of the toolkit: `cargo run --example tour`.
//!
//! Works on the embedded reference dataset (`peacekeeping::data::reference`): true,
//! sourced facts, with no download. It prints what a `Dataset` answers: who belonged to
//! the AU, the EU, NATO and ECOWAS on a date and what changed, which peace operations
//! were active on a date and which took over from which, the UN's largest contributors
//! of uniformed personnel at a published date, the partnerships and their frictions, and
//! those around MINUSMA (mandate, instruments, responsibilities, the host's withdrawal
//! of consent) and AMISOM (who took part, from when, and in its successor), the network of who served side by side at the end of
//! 2013 (its brokers, its communities, and what changes if the main broker withdraws),
//! a scorecard of the partnerships with the built-in effectiveness framework (rank
//! intervals under changed weights and aggregation, and one score explained), and how a
//! broken record is reported.
//!
//! Arguments: none; or a path to a dataset file in the JSON format of
//! `docs/dataset-format.md`, to tour that instead. Anything else (an option, a second
//! argument) prints the usage on stderr and exits with code 2; a dataset file that
//! cannot be read or used exits with code 1.

use std::process::ExitCode;

use peacekeeping::data::reference;
use peacekeeping::eval::DATASET_INDICATORS;
use peacekeeping::eval::builtin::PartnershipScorecard;
use peacekeeping::graph::algo::{self, LouvainOptions, Scale};
use peacekeeping::graph::{
    CoDeploymentWeight, EdgeKind, PartnershipGraph, Weights, co_deployment, force_composition,
    interoperability, withdrawal,
};
use peacekeeping::prelude::*;
use peacekeeping::{Contributed, EntityKind, Error, ProblemKind};

/// What a section of the tour can fail with: a record, a network or a score.
type TourError = Box<dyn std::error::Error>;

const USAGE: &str = "usage: cargo run --example tour [DATASET.json]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let loaded = match args.as_slice() {
        [] => Ok((
            reference::dataset().clone(),
            "the embedded reference dataset".to_owned(),
        )),
        [path] if !path.starts_with('-') => {
            Dataset::read_json_file(path).map(|d| (d, path.clone()))
        }
        _ => {
            eprintln!("tour: expected no argument or one dataset file\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let outcome = loaded
        .map_err(TourError::from)
        .and_then(|(data, name)| run(data, &name));
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tour: {e}");
            eprintln!("{USAGE}");
            ExitCode::FAILURE
        }
    }
}

fn run(data: Dataset, name: &str) -> Result<(), TourError> {
    println!("peacekeeping tour: {name}\n");
    println!(
        "{} actors, {} memberships, {} missions, {} partnerships, {} contributions, {} presences, {} participations, {} trainings, {} frictions, {} lessons; outcome records: {} deployed strengths, {} fatalities, {} country-years of battle deaths; from {} sources\n",
        data.actors().len(),
        data.memberships().len(),
        data.missions().len(),
        data.partnerships().len(),
        data.contributions().len(),
        data.presences().len(),
        data.participations().len(),
        data.trainings().len(),
        data.frictions().len(),
        data.lessons().len(),
        data.strengths().len(),
        data.fatalities().len(),
        data.battle_deaths().len(),
        data.sources().len(),
    );
    members(&data)?;
    missions(&data)?;
    contributors(&data)?;
    partnerships(&data)?;
    network(&data)?;
    scorecard(&data)?;
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

/// `text` cut to at most `max` characters, with an ellipsis if cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

fn join<T: ToString>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The name of an actor, or its id if the dataset does not know it.
fn name_of(data: &Dataset, id: &str) -> String {
    data.actor(id)
        .map_or_else(|| id.to_owned(), |a| a.name.clone())
}

/// Members of regional organizations on a date, and the changes of the last years.
fn members(data: &Dataset) -> Result<(), Error> {
    let on = Date::new(2025, 6, 30)?;
    println!("Members on {on} (full and associate members; suspended and observers apart):");
    let mut rows = Vec::new();
    for org in [
        "UN", "AU", "EU", "NATO", "ECOWAS", "SADC", "OAS", "ASEAN", "LAS",
    ] {
        if data.actor(org).is_none() {
            continue;
        }
        let mut ids: Vec<&str> = data.members_on(org, on).map(|m| m.as_str()).collect();
        ids.sort_unstable();
        let with = |status: MembershipStatus| {
            let mut ids: Vec<&str> = data
                .memberships_on(org, on)
                .filter(|m| m.status == status)
                .map(|m| m.member.as_str())
                .collect();
            ids.sort_unstable();
            ids.join(" ")
        };
        let shown = if ids.len() > 10 {
            format!("{} ...", ids[..10].join(" "))
        } else {
            ids.join(" ")
        };
        rows.push(vec![
            org.to_owned(),
            ids.len().to_string(),
            shown,
            with(MembershipStatus::Suspended),
            with(MembershipStatus::Observer),
        ]);
    }
    table(
        &["organization", "members", "ids", "suspended", "observers"],
        &rows,
    );

    let from = Date::new(2020, 1, 1)?;
    println!("Membership changes since {from}:");
    // One member's records in one organization, in date order: the first start is a
    // joining, a start right after an end a change of status, a last end a departure.
    let mut by_pair: std::collections::BTreeMap<(&str, &str), Vec<&Membership>> =
        std::collections::BTreeMap::new();
    for m in data.memberships() {
        by_pair
            .entry((m.organization.as_str(), m.member.as_str()))
            .or_default()
            .push(m);
    }
    let mut events: Vec<(Date, &str, String, String)> = Vec::new();
    for ((org, member), mut records) in by_pair {
        records.sort_by_key(|m| m.period.start());
        let who = name_of(data, member);
        for (i, m) in records.iter().enumerate() {
            let start = m.period.start();
            if start >= from {
                let what = match i.checked_sub(1).map(|p| records[p]) {
                    Some(prev) if prev.period.end().map(Date::next_day) == Some(start) => {
                        format!("{} -> {}", prev.status, m.status)
                    }
                    _ => format!("joins ({})", m.status),
                };
                events.push((start, org, who.clone(), what));
            }
            if let Some(end) = m.period.end().filter(|&e| e >= from) {
                if i + 1 == records.len() {
                    events.push((end, org, who.clone(), "leaves (last day)".to_owned()));
                }
            }
        }
    }
    events.sort();
    let rows: Vec<Vec<String>> = events
        .into_iter()
        .map(|(d, org, who, what)| vec![d.to_string(), org.to_owned(), who, what])
        .collect();
    table(&["date", "organization", "member", "change"], &rows);
    Ok(())
}

fn missions(data: &Dataset) -> Result<(), Error> {
    let on = Date::new(2013, 12, 31)?;
    let active: Vec<&Mission> = data.missions_active_on(on).collect();
    println!("Peace operations active on {on}: {}", active.len());
    let rows: Vec<Vec<String>> = active
        .iter()
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

/// The UN's largest contributors of uniformed personnel on a published date.
fn contributors(data: &Dataset) -> Result<(), Error> {
    let on = Date::new(2010, 10, 31)?;
    let ranking = data.personnel_by_contributor_on(on);
    if ranking.is_empty() {
        return Ok(());
    }
    let everyone: u64 = ranking.iter().map(|(_, p)| p.total()).sum();
    println!(
        "Largest contributors of uniformed personnel to UN operations, {on} ({} contributors, {everyone} personnel in all):",
        ranking.len()
    );
    let rows: Vec<Vec<String>> = ranking
        .iter()
        .take(10)
        .enumerate()
        .map(|(i, (id, p))| {
            let missions = data.deployments_of(id, on).len();
            vec![
                (i + 1).to_string(),
                name_of(data, id),
                p.military().total().to_string(),
                p.police().total().to_string(),
                p.all().female.to_string(),
                p.total().to_string(),
                missions.to_string(),
            ]
        })
        .collect();
    table(
        &[
            "rank",
            "contributor",
            "military",
            "police",
            "women",
            "total",
            "missions",
        ],
        &rows,
    );
    women_against_targets(data, Date::new(2013, 12, 31)?);
    Ok(())
}

/// The share of women in all UN operations on a report date, by each target's categories,
/// against the UN's targets for them.
fn women_against_targets(data: &Dataset, on: Date) {
    if data.gender_targets().is_empty() {
        return;
    }
    let all = data
        .personnel_by_mission_on(on)
        .into_iter()
        .fold(Personnel::default(), |sum, (_, p)| sum + p);
    let rows: Vec<Vec<String>> = data
        .gender_targets()
        .iter()
        .filter_map(|t| {
            let headcount = t.headcount_in(&all);
            let share = t.share_in(&all)?;
            Some(vec![
                t.description.clone(),
                format!("{:.0}%", 100.0 * t.share),
                t.by.to_string(),
                format!("{} of {}", headcount.female, headcount.total()),
                format!("{:.1}%", 100.0 * share),
            ])
        })
        .collect();
    println!(
        "Women in UN operations on {on}, against the UN's targets (where the report counts the categories a target concerns):"
    );
    table(&["target", "share", "by", "women", "on the report"], &rows);
}

fn partnerships(data: &Dataset) -> Result<(), Error> {
    println!("Partnerships:");
    let rows: Vec<Vec<String>> = data
        .partnerships()
        .iter()
        .map(|p| {
            vec![
                p.id.to_string(),
                p.kind.to_string(),
                join(
                    p.parties
                        .iter()
                        .map(|x| format!("{} ({})", x.actor, x.role)),
                ),
                p.period.to_string(),
            ]
        })
        .collect();
    table(&["partnership", "kind", "parties", "period"], &rows);
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
    // Each case on a day its records are richest: MINUSMA and UNMIK on the UN's report of
    // 31 December 2013, AMISOM in its last year.
    around_mission(data, "MINUSMA", Date::new(2013, 12, 31)?);
    around_mission(data, "AMISOM", Date::new(2021, 12, 31)?);
    around_mission(data, "UNMIK", Date::new(2013, 12, 31)?);
    between(data, "FRA", "GBR");
    Ok(())
}

/// One mission and the partnerships around it: its mandate, who led it, whom it
/// succeeded, the case as a network on `on`, each partnership with its instruments and
/// responsibilities, the frictions recorded and the lessons drawn.
fn around_mission(data: &Dataset, id: &str, on: Date) {
    let Some(mission) = data.mission(id) else {
        return;
    };
    // The establishing resolution, the number of renewals on record, and the one in
    // force on the mission's last day.
    let resolutions = match mission.mandate.resolutions.as_slice() {
        [] => String::new(),
        [only] => only.symbol.clone(),
        [first, rest @ ..] => {
            let in_force = mission.period.end().map(|last_day| {
                let symbol = mission
                    .mandate
                    .in_force_on(last_day)
                    .map_or("none on record", |r| r.symbol.as_str());
                format!(", in force on {last_day}: {symbol}")
            });
            format!(
                "{} and {} later resolutions{}",
                first.symbol,
                rest.len(),
                in_force.unwrap_or_default()
            )
        }
    };
    let predecessors = if mission.predecessors.is_empty() {
        String::new()
    } else {
        format!("; took over from {}", join(&mission.predecessors))
    };
    println!(
        "Around {} ({}, {}): led by {}; mandate {} ({}){predecessors}.",
        mission.acronym,
        mission.name,
        mission.period,
        join(&mission.leads),
        if resolutions.is_empty() {
            "-".to_owned()
        } else {
            resolutions
        },
        join(&mission.mandate.legal_basis),
    );
    let took_part: Vec<String> = data
        .participations_in(id)
        .map(|p| {
            format!(
                "{} ({}) {}",
                name_of(data, &p.contributor),
                p.component,
                p.period
            )
        })
        .collect();
    if !took_part.is_empty() {
        println!(
            "  took part, from the day each deployed or joined: {}",
            took_part.join(", ")
        );
    }
    // The case as a network: the mission, the actors linked to it and the parties of the
    // partnerships serving it, with every relation among them.
    let case = PartnershipGraph::around_mission(data, id, on);
    if case.node_count() > 1 {
        let kinds: Vec<String> = EdgeKind::ALL
            .iter()
            .map(|k| (k, case.edges().filter(|e| e.relation.kind() == *k).count()))
            .filter(|(_, n)| *n > 0)
            .map(|(k, n)| format!("{n} {k}"))
            .collect();
        let mut hubs: Vec<(usize, &str)> = case
            .actors()
            .map(|a| (case.degree(a.as_str()).unwrap_or(0), a.as_str()))
            .collect();
        hubs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
        let hubs: Vec<String> = hubs
            .iter()
            .take(3)
            .map(|(d, a)| format!("{} ({d})", name_of(data, a)))
            .collect();
        println!(
            "  as a network on {on}: {} actors around it, {} relations ({}); most linked: {}",
            case.actors().count(),
            case.edge_count(),
            kinds.join(", "),
            hubs.join(", ")
        );
    }
    for successor in data.successors_of(id) {
        let who: Vec<String> = data
            .participations_in(&successor.id)
            .map(|p| name_of(data, &p.contributor))
            .collect();
        if !who.is_empty() {
            println!(
                "  its successor {} ({}): {}",
                successor.acronym,
                successor.period,
                who.join(", ")
            );
        }
    }
    for p in data.partnerships_serving(id) {
        println!("  {} [{}, {}]", p.name, p.kind, p.period);
        for i in &p.instruments {
            let signed = i.signed.map_or_else(String::new, |d| format!(", {d}"));
            println!("    instrument ({}{signed}): {}", i.kind, i.title);
        }
        for r in &p.responsibilities {
            println!(
                "    {} ({}): {}",
                name_of(data, &r.actor),
                r.domain,
                r.description
            );
        }
        for f in data.frictions_in(&p.id) {
            println!(
                "    friction, {} ({}, {}): {}",
                f.observed, f.kind, f.severity, f.description
            );
        }
    }
    // The lessons drawn about the operation or its partnerships, each once.
    let mut shown: Vec<&str> = Vec::new();
    for p in data.partnerships_serving(id) {
        for l in data.lessons_of(&p.id) {
            if shown.contains(&l.id.as_str()) {
                continue;
            }
            shown.push(l.id.as_str());
            let date = l.date.map_or_else(String::new, |d| format!("{d}, "));
            println!("  {} ({date}{}): {}", l.kind, join(&l.sources), l.text);
        }
    }
    println!();
}

/// Two actors' record together: their partnerships with instruments and frictions, the
/// trainings both took part in, and what each gave to operations the other led.
fn between(data: &Dataset, a: &str, b: &str) {
    let both = |p: &Partnership| {
        [a, b]
            .iter()
            .all(|x| p.parties.iter().any(|party| party.actor.as_str() == *x))
    };
    println!("{} and {}:", name_of(data, a), name_of(data, b));
    for p in data.partnerships().iter().filter(|p| both(p)) {
        println!("  {} [{}, {}]", p.name, p.kind, p.period);
        for i in &p.instruments {
            let signed = i.signed.map_or_else(String::new, |d| format!(", {d}"));
            println!("    instrument ({}{signed}): {}", i.kind, i.title);
        }
        for f in data.frictions_in(&p.id) {
            println!(
                "    friction, {} ({}, {}): {}",
                f.observed, f.kind, f.severity, f.description
            );
        }
    }
    let mut together: Vec<_> = data
        .trainings()
        .iter()
        .filter(|t| {
            [a, b]
                .iter()
                .all(|x| t.actors().any(|actor| actor.as_str() == *x))
        })
        .collect();
    together.sort_by_key(|t| t.period.start());
    let trained: Vec<String> = together
        .iter()
        .map(|t| format!("{} ({})", t.name, t.period))
        .collect();
    println!(
        "  trained together ({}, in order): {}",
        trained.len(),
        trained.join("; ")
    );
    for (giver, lead) in [(a, b), (b, a)] {
        for c in data.contributions().iter().filter(|c| {
            c.contributor.as_str() == giver
                && data
                    .mission(&c.mission)
                    .is_some_and(|m| m.leads.iter().any(|l| l.as_str() == lead))
        }) {
            if let Contributed::Asset {
                capability,
                quantity,
            } = c.what
            {
                println!(
                    "  {} gave {quantity} × {capability} to {} on {}",
                    name_of(data, giver),
                    c.mission,
                    c.date
                );
            }
        }
    }
    println!();
}

/// The network of who served side by side on the UN's report of 31 December 2013: its
/// brokers, its communities, one mission's force, and what changes if the main broker
/// withdraws.
fn network(data: &Dataset) -> Result<(), TourError> {
    let on = Date::new(2013, 12, 31)?;
    let net = co_deployment(data, Period::day(on), CoDeploymentWeight::SharedMissions)?;
    if net.node_count() < 3 {
        return Ok(());
    }
    println!(
        "Co-deployment on {on}: {} contributors, {} pairs serving in at least one mission together.",
        net.node_count(),
        net.edge_count()
    );
    // Shared missions are a strength, not a distance: betweenness counts hops.
    let betweenness = algo::betweenness(net.network(), Weights::Ignore, Scale::Normalized);
    let brokers = net.ranked(&betweenness); // ties in id order, the network's node order
    println!(
        "Brokers (normalized betweenness: share of shortest paths between others through them):"
    );
    let rows: Vec<Vec<String>> = brokers
        .iter()
        .take(5)
        .enumerate()
        .map(|(i, (id, b))| {
            vec![
                (i + 1).to_string(),
                name_of(data, id.as_str()),
                format!("{b:.4}"),
                data.deployments_of(id.as_str(), on).len().to_string(),
            ]
        })
        .collect();
    table(&["rank", "contributor", "betweenness", "missions"], &rows);

    let found = algo::louvain(
        net.network(),
        Weights::AsStrength,
        &LouvainOptions::default(),
    )?;
    let mut sizes: Vec<usize> = found.members().iter().map(Vec::len).collect();
    sizes.sort_unstable_by(|a, b| b.cmp(a));
    println!(
        "Communities (Louvain on shared missions, seed 0): {}, modularity {:.3}, sizes {}.\n",
        found.count(),
        found.modularity,
        join(sizes)
    );

    let force = force_composition(data, "MINUSMA", on)?;
    let women = force
        .headcount()
        .female_share()
        .map_or_else(String::new, |w| format!("; women {:.1}%", 100.0 * w));
    println!(
        "MINUSMA's force on {on}: {} contributors; Herfindahl-Hirschman {:.3}; Shannon diversity {:.2} by contributor and {:.2} by region; the 3 largest hold {:.0}%{women}.\n",
        force.contributor_count(),
        force.herfindahl(),
        force.shannon_by_contributor(),
        force.shannon_by_region(),
        force.top_share(3) * 100.0
    );

    let Some((top, _)) = brokers.first() else {
        return Ok(());
    };
    let report = withdrawal(data, on, &[top.as_str()], EdgeKind::ALL)?;
    println!(
        "If {} withdrew on {on} (whole partnership graph: memberships, partnerships, deployments, participations, exercises):",
        name_of(data, top.as_str())
    );
    table(
        &["", "nodes", "edges", "components", "largest", "efficiency"],
        &[("before", &report.before), ("after", &report.after)]
            .iter()
            .map(|(label, s)| {
                vec![
                    (*label).to_owned(),
                    s.nodes.to_string(),
                    s.edges.to_string(),
                    s.components.to_string(),
                    s.largest_component.to_string(),
                    format!("{:.4}", s.global_efficiency),
                ]
            })
            .collect::<Vec<_>>(),
    );
    let gaps = report.regional_gaps.len();
    println!(
        "  {} pairs lose every path between them; {gaps} {} all contributors from a region{}",
        report.disconnected_pairs,
        if gaps == 1 {
            "mission loses"
        } else {
            "missions lose"
        },
        if gaps == 0 { "." } else { ":" }
    );
    for gap in report.regional_gaps.iter().take(5) {
        println!(
            "    {}: no contributor from {} left ({} personnel)",
            gap.mission, gap.region, gap.personnel
        );
    }
    println!();

    let since = Date::new(2010, 11, 2)?;
    let i = interoperability(data, "FRA", "GBR", Period::between(since, on)?)?;
    println!(
        "Interoperability of France and the United Kingdom, {since} to {on}: {:.2} (0 to 1), from {} shared missions, {} shared organizations, {} common official languages, {} partnership(s) over {:.1} years, {} frictions.\n",
        i.score,
        i.inputs.shared_missions.len(),
        i.inputs.shared_organizations.len(),
        i.inputs.common_languages.len(),
        i.inputs.partnerships.len(),
        i.inputs.partnership_years,
        i.inputs.frictions.len()
    );
    Ok(())
}

/// The partnerships scored with the built-in effectiveness framework on what the
/// dataset's records allow, with rank intervals and each score explained; those with too
/// little evidence are listed with what they lack, not ranked.
fn scorecard(data: &Dataset) -> Result<(), TourError> {
    let as_of = Date::new(2024, 12, 31)?;
    let job = PartnershipScorecard::new(data, as_of)?;
    let report = &job.report;
    let screened = job.screened()?;
    if screened.kept.len() < 2 {
        return Ok(());
    }
    let scores = job.scores()?;
    // How much the ranking depends on two choices: each weight moved by up to 25%, and
    // the dimensions combined by an arithmetic or a geometric mean.
    let uncertainty = job.uncertainty().run(1000, 2024)?;
    let name = |unit: &str| {
        data.partnership(unit)
            .map_or_else(|| unit.to_owned(), |p| shorten(&p.name, 60))
    };
    println!(
        "Partnership scorecard as of {as_of} (built-in effectiveness framework, 0-100, from the dataset's records only: outcomes from UCDP/PRIO battle deaths, the UN's fatality records, ceilings and personnel reports; rank interval: 5th-95th percentile over {} runs with weights moved by up to 25% and an arithmetic or geometric index):",
        uncertainty.runs()
    );
    let ranks = scores.ranks(job.framework.root_id());
    let mut ranked: Vec<(usize, &String)> = scores
        .units()
        .iter()
        .enumerate()
        .filter_map(|(u, unit)| Some((ranks.get(u).copied().flatten()?, unit)))
        .collect();
    ranked.sort();
    let rows: Vec<Vec<String>> = ranked
        .iter()
        .map(|&(rank, unit)| {
            vec![
                rank.to_string(),
                uncertainty
                    .interval(unit)
                    .map_or_else(String::new, |r| format!("{}-{}", r.p5, r.p95)),
                name(unit),
                scores
                    .index(unit)
                    .map_or_else(String::new, |s| format!("{s:.1}")),
                format!("{:.0}%", 100.0 * report.coverage(unit).unwrap_or(0.0)),
            ]
        })
        .collect();
    table(
        &[
            "rank",
            "interval",
            "partnership",
            "score",
            "dataset indicators computed (of those that apply)",
        ],
        &rows,
    );
    let outcomes = job
        .screening
        .min_dimension_shares()
        .iter()
        .map(|(d, share)| format!(" or less than {:.0}% of the {d} dimension's", 100.0 * share))
        .collect::<String>();
    println!(
        "  Insufficient evidence, not ranked: the indicators observed carry less than {:.0}% of the weight of those that apply{outcomes} (the 8 survey and report inputs have no value in the dataset for any partnership):",
        100.0 * job.screening.min_weight_share()
    );
    for out in &screened.left_out {
        let lacking: Vec<&str> = out
            .missing
            .iter()
            .map(String::as_str)
            .filter(|i| DATASET_INDICATORS.contains(i))
            .collect();
        let short: String = out
            .short_dimensions
            .iter()
            .map(|(d, share)| format!(", {d} {:.1}%", 100.0 * share))
            .collect();
        let applicable = out.indicators - out.not_applicable.len();
        let inapplicable = if out.not_applicable.is_empty() {
            String::new()
        } else {
            format!("; not applicable: {}", out.not_applicable.join(", "))
        };
        println!(
            "  - {}: {} of the {applicable} indicators that apply, {:.1}% of their weight{short}; not computable from the records: {}{inapplicable}",
            name(&out.unit),
            applicable - out.missing.len(),
            100.0 * out.weight_share,
            lacking.join(", ")
        );
    }
    let inapplicable = report.not_applicable().count();
    let missing = report.not_computed.len() - inapplicable;
    println!(
        "  {missing} indicator values could not be computed from the records and were left out, not filled in; {inapplicable} do not apply (the personnel of partnerships of organizations, the years after operations that go on, the severity of frictions reviews found none of); DatasetReport says which and why.\n"
    );

    for &(rank, unit) in &ranked {
        let Some(explanation) = scores.explain(unit) else {
            continue;
        };
        println!(
            "Why {} (rank {rank}) scores {}:",
            name(unit),
            explanation
                .score
                .map_or_else(|| "nothing".to_owned(), |s| format!("{s:.1}"))
        );
        let mut parts: Vec<_> = explanation
            .contributions
            .iter()
            .filter(|c| c.raw.is_some())
            .collect();
        parts.sort_by(|a, b| b.contribution.total_cmp(&a.contribution));
        let rows: Vec<Vec<String>> = parts
            .iter()
            .map(|c| {
                vec![
                    c.indicator.clone(),
                    c.raw.map_or_else(String::new, |v| format!("{v:.2}")),
                    c.normalized.map_or_else(String::new, |v| format!("{v:.1}")),
                    format!("{:.3}", c.effective_weight),
                    format!("{:.1}", c.contribution),
                ]
            })
            .collect();
        table(
            &[
                "indicator",
                "value",
                "normalized",
                "weight in index",
                "points of the score",
            ],
            &rows,
        );
        println!(
            "  strongest: {}; weakest: {}\n",
            join(&explanation.strongest),
            join(&explanation.weakest)
        );
    }
    println!(
        "  points: w x / sum(w x) x score over the indicators with a value; values: host-violence-change and host-violence-after are ln(1 + mean yearly battle deaths) against the 3 years before, force-fatality-rate malicious-act deaths per 1,000 personnel-years, ceiling-delivery deployed / authorised.\n"
    );
    Ok(())
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
