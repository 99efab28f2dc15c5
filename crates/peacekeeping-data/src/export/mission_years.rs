//! The rows of [`Table::MissionYears`](super::Table::MissionYears): one per operation and
//! calendar year, the panel a researcher would otherwise assemble by hand.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use peacekeeping_core::{Dataset, Date, Mission, Period};

use super::{list, opt};

/// The cells of every mission-year of `data`, missions in the dataset's order.
pub(super) fn rows(data: &Dataset) -> Vec<Vec<String>> {
    let Some(last_year) = last_year(data) else {
        return Vec::new();
    };
    let contributors = contributors_by_mission_year(data);
    let fatalities = fatalities_by_mission_year(data);
    let with_fatalities: BTreeSet<&str> = data
        .fatalities()
        .iter()
        .map(|f| f.mission.as_str())
        .collect();
    let mut rows = Vec::new();
    for m in data.missions() {
        let first = m.period.start().year();
        let last = m.period.end().map_or(last_year.max(first), Date::year);
        for year in first..=last {
            let Some(active) = active_in(m, year) else {
                continue;
            };
            let id = m.id.as_str();
            let (personnel, reports) = personnel(data, id, active, year);
            let deaths = fatalities.get(&(id, year)).copied();
            let recorded = with_fatalities.contains(id);
            rows.push(vec![
                id.to_owned(),
                year.to_string(),
                m.kind.to_string(),
                list(&m.leads),
                list(&m.hosts),
                (active
                    .start()
                    .days_until(active.end().unwrap_or(active.start()))
                    + 1)
                .to_string(),
                opt(personnel.map(round2)),
                reports.to_string(),
                opt(authorized(m, active).map(round2)),
                opt(contributors.get(&(id, year)).map(BTreeSet::len)),
                opt(recorded.then(|| deaths.map_or(0, |(all, _)| all))),
                opt(recorded.then(|| deaths.map_or(0, |(_, malicious)| malicious))),
                opt(host_battle_deaths(data, m, year)),
            ]);
        }
    }
    rows
}

/// The latest year of the dataset's dated records (contributions, fatalities, battle
/// deaths): the last row of an operation not ended.
fn last_year(data: &Dataset) -> Option<i32> {
    let contributions = data.contributions().iter().map(|c| c.date.year());
    let fatalities = data.fatalities().iter().map(|f| f.date.year());
    let deaths = data.battle_deaths().iter().map(|d| d.year);
    contributions.chain(fatalities).chain(deaths).max()
}

/// The days of `year` within the mission's period (the whole year's end for an operation
/// not ended), or `None` if it was not active that year.
fn active_in(m: &Mission, year: i32) -> Option<Period> {
    let start = Date::new(year, 1, 1).ok()?;
    let end = Date::new(year, 12, 31).ok()?;
    let within = m.period.intersection(&Period::between(start, end).ok()?)?;
    let to = within.end().unwrap_or(end);
    Period::between(within.start(), to).ok()
}

/// The mean total of the personnel reports dated in the year (while the mission is
/// active), and their number: the figures of the year's own reports, none carried over
/// from an earlier year.
fn personnel(data: &Dataset, mission: &str, active: Period, year: i32) -> (Option<f64>, usize) {
    let totals: Vec<f64> = data
        .mission_personnel_over(mission, active)
        .into_iter()
        .filter(|(date, _)| date.year() == year && active.contains(*date))
        // Counts of people are far below 2^53: exact in an f64.
        .map(|(_, p)| p.total() as f64)
        .collect();
    let n = totals.len();
    let mean = (n > 0).then(|| totals.iter().sum::<f64>() / n as f64);
    (mean, n)
}

/// The mean ceiling ([`AuthorizedStrength::total`](peacekeeping_core::AuthorizedStrength::total))
/// over the month-ends of the active days that have a ceiling with figures in force.
fn authorized(m: &Mission, active: Period) -> Option<f64> {
    let mut figures = Vec::new();
    let mut day = active.start().last_of_month();
    while active.contains(day) {
        if let Some(c) = m.authorized_strength_on(day)
            && c.has_figures()
        {
            // Ceilings are far below 2^53: exact in an f64.
            figures.push(c.total() as f64);
        }
        day = day.next_day().last_of_month();
    }
    (!figures.is_empty()).then(|| figures.iter().sum::<f64>() / figures.len() as f64)
}

/// The contributors of personnel (more than nobody) reported for each mission in each
/// year.
fn contributors_by_mission_year(data: &Dataset) -> HashMap<(&str, i32), BTreeSet<&str>> {
    let mut out: HashMap<(&str, i32), BTreeSet<&str>> = HashMap::new();
    for c in data.contributions() {
        if c.what.personnel().is_some_and(|p| p.total() > 0) {
            out.entry((c.mission.as_str(), c.date.year()))
                .or_default()
                .insert(c.contributor.as_str());
        }
    }
    out
}

/// Each mission's deaths in each year: all, and those of malicious acts.
fn fatalities_by_mission_year(data: &Dataset) -> BTreeMap<(&str, i32), (u32, u32)> {
    let mut out: BTreeMap<(&str, i32), (u32, u32)> = BTreeMap::new();
    for f in data.fatalities() {
        let entry = out.entry((f.mission.as_str(), f.date.year())).or_default();
        entry.0 += 1;
        entry.1 += u32::from(f.is_malicious());
    }
    out
}

/// The battle deaths of the mission's hosts in the year, summed; `None` if a host has no
/// record for it (or the mission names no host).
fn host_battle_deaths(data: &Dataset, m: &Mission, year: i32) -> Option<u64> {
    if m.hosts.is_empty() {
        return None;
    }
    m.hosts
        .iter()
        .map(|h| {
            data.battle_deaths_in(h.as_str(), year)
                .map(|d| u64::from(d.best))
        })
        .sum()
}

/// A mean rounded to two decimals, for the table.
fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
