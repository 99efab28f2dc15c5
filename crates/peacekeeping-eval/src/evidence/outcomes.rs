//! The outcome indicators of [`Evidence::from_dataset`](super::Evidence::from_dataset):
//! what the operations a partnership serves achieved, measured from the dataset's battle
//! deaths, fatalities, personnel reports and ceilings with [`crate::outcome`].

use std::collections::{BTreeMap, BTreeSet};

use peacekeeping_core::{BattleDeaths, Date, Mission, Partnership, Period, SourceId};

use super::dataset::Derivation;
use crate::outcome::{self, Window};

pub(super) const HOST_VIOLENCE_CHANGE: &str = "host-violence-change";
pub(super) const FORCE_FATALITY_RATE: &str = "force-fatality-rate";
pub(super) const CEILING_DELIVERY: &str = "ceiling-delivery";
pub(super) const NO_RELAPSE: &str = "no-relapse";
pub(super) const HOST_VIOLENCE_AFTER: &str = "host-violence-after";
pub(super) const CONTRIBUTOR_DIVERSITY: &str = "contributor-diversity";
pub(super) const CONTRIBUTOR_CONTINUITY: &str = "contributor-continuity";

/// The years before (and after) the operations compared with their years.
pub(super) const VIOLENCE_WINDOW: u32 = 3;
/// The years after the operations within which a return to war is looked for.
pub(super) const PEACE_HORIZON: u32 = 10;

/// The operations of a partnership as of a date: its missions, their span and hosts.
struct Operations<'a> {
    missions: Vec<&'a Mission>,
    /// From the first mission's start to the last one's end, if all ended by the date.
    span: Period,
    /// Whether every mission ended by the date.
    ended: bool,
    hosts: Vec<peacekeeping_core::CountryCode>,
}

impl<'a> Derivation<'a> {
    /// The outcome indicators of `p`'s operations, as the dataset stands at `end`.
    pub(super) fn outcomes(&mut self, p: &'a Partnership, end: Date) {
        let missions: Vec<&Mission> = p
            .missions
            .iter()
            .filter_map(|m| self.dataset.mission(m.as_str()))
            .filter(|m| m.period.start() <= end)
            .collect();
        let Some(first) = missions.iter().map(|m| m.period.start()).min() else {
            let reason = if p.missions.is_empty() {
                "the partnership names no mission".to_owned()
            } else {
                format!("none of its missions had begun by {end}")
            };
            for id in [
                HOST_VIOLENCE_CHANGE,
                FORCE_FATALITY_RATE,
                CEILING_DELIVERY,
                NO_RELAPSE,
                HOST_VIOLENCE_AFTER,
                CONTRIBUTOR_DIVERSITY,
                CONTRIBUTOR_CONTINUITY,
            ] {
                self.not_computed(p, id, reason.clone());
            }
            return;
        };
        let last_end = missions
            .iter()
            .map(|m| m.period.end())
            .collect::<Option<Vec<_>>>();
        let last_end = last_end.and_then(|ends| ends.into_iter().max());
        let ended = last_end.is_some_and(|e| e <= end);
        let span_end = last_end.map_or(end, |e| e.min(end));
        let span = Period::between(first, span_end.max(first)).unwrap_or(Period::day(first));
        let mut hosts: Vec<_> = missions
            .iter()
            .flat_map(|m| m.hosts.iter().copied())
            .collect();
        hosts.sort();
        hosts.dedup();
        let ops = Operations {
            missions,
            span,
            ended,
            hosts,
        };
        self.violence(p, &ops, end);
        self.safety(p, &ops, end);
        self.delivery(p, &ops, end);
        self.contributors(p, &ops, end);
    }

    /// `host-violence-change`, `host-violence-after` and `no-relapse`: the hosts' battle
    /// deaths, summed per year (a year counts only if every host has a record for it),
    /// up to `end`'s year.
    fn violence(&mut self, p: &'a Partnership, ops: &Operations<'a>, end: Date) {
        // The years after operations that go on are yet to come, whatever the records.
        let after: &[&str] = if ops.ended {
            &[HOST_VIOLENCE_AFTER, NO_RELAPSE]
        } else {
            for id in [HOST_VIOLENCE_AFTER, NO_RELAPSE] {
                let reason = format!(
                    "its missions had not all ended by {end}: the years after them are to come"
                );
                self.not_applicable(p, id, reason);
            }
            &[]
        };
        let Some(&first_host) = ops.hosts.first() else {
            for id in [HOST_VIOLENCE_CHANGE].iter().chain(after) {
                self.not_computed(p, id, "its missions name no host country".to_owned());
            }
            return;
        };
        let mut by_year: BTreeMap<i32, (u32, usize, Vec<&'a SourceId>)> = BTreeMap::new();
        for host in &ops.hosts {
            for d in self
                .dataset
                .battle_deaths_over(host.as_str(), ..=end.year())
            {
                let entry = by_year.entry(d.year).or_default();
                entry.0 = entry.0.saturating_add(d.best);
                entry.1 += 1;
                entry.2.extend(d.source.as_ref());
            }
        }
        by_year.retain(|_, (_, n, _)| *n == ops.hosts.len());
        let series: Vec<BattleDeaths> = by_year
            .iter()
            .map(|(&year, &(best, _, _))| BattleDeaths::new(first_host, year, best))
            .collect();
        let hosts = ops
            .hosts
            .iter()
            .map(|h| h.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        if series.is_empty() {
            let reason = format!("the dataset records no battle deaths of {hosts} up to {end}");
            for id in [HOST_VIOLENCE_CHANGE].iter().chain(after) {
                self.not_computed(p, id, reason.clone());
            }
            return;
        }
        let operations = if ops.ended {
            ops.span
        } else {
            Period::since(ops.span.start())
        };
        let profile = outcome::violence(&series, first_host, operations, VIOLENCE_WINDOW);
        let sources = |w: &Window| -> Vec<&'a SourceId> {
            w.years
                .clone()
                .filter_map(|y| by_year.get(&y))
                .flat_map(|(_, _, s)| s.iter().copied())
                .collect()
        };
        let log_change = |a: f64, b: f64| (1.0 + a).ln() - (1.0 + b).ln();
        let before = profile.before.as_ref().and_then(|w| Some((w.mean()?, w)));
        let during = profile.during.as_ref().and_then(|w| Some((w.mean()?, w)));
        match (before, during) {
            (Some((b, wb)), Some((d, wd))) => {
                let by = self.attribution(sources(wb).into_iter().chain(sources(wd)));
                self.observe(p, HOST_VIOLENCE_CHANGE, log_change(d, b), end, by);
            }
            _ => self.not_computed(
                p,
                HOST_VIOLENCE_CHANGE,
                format!(
                    "the dataset records no battle deaths of {hosts} in the {VIOLENCE_WINDOW} years before or in the years of its missions"
                ),
            ),
        }
        if !ops.ended {
            return;
        }
        let after = profile.after.as_ref().and_then(|w| Some((w.mean()?, w)));
        match (before, after) {
            (Some((b, wb)), Some((a, wa))) => {
                let by = self.attribution(sources(wb).into_iter().chain(sources(wa)));
                self.observe(p, HOST_VIOLENCE_AFTER, log_change(a, b), end, by);
            }
            _ => self.not_computed(
                p,
                HOST_VIOLENCE_AFTER,
                format!(
                    "the dataset records no battle deaths of {hosts} in the {VIOLENCE_WINDOW} years before its missions or up to {end} after them"
                ),
            ),
        }
        let last = ops.span.end().unwrap_or(end);
        match outcome::peace_after(&series, first_host, last, PEACE_HORIZON) {
            Some(spell) if !spell.censored => {
                let years = last.year()..=spell.relapse.unwrap_or(last.year() + 1 + spell.years_at_peace as i32);
                let cited: Vec<&SourceId> = years
                    .filter_map(|y| by_year.get(&y))
                    .flat_map(|(_, _, s)| s.iter().copied())
                    .collect();
                let by = self.attribution(cited);
                self.observe(p, NO_RELAPSE, f64::from(spell.years_at_peace), end, by);
            }
            Some(spell) => self.not_computed(
                p,
                NO_RELAPSE,
                format!(
                    "the records of {hosts} end {} years after its missions, without a return to war: fewer than the {PEACE_HORIZON} years looked at",
                    spell.years_at_peace
                ),
            ),
            None => self.not_computed(
                p,
                NO_RELAPSE,
                format!("the dataset records no battle deaths of {hosts}"),
            ),
        }
    }

    /// `force-fatality-rate`: malicious-act deaths of uniformed personnel per 1,000
    /// personnel-years, over each mission's days in the span from its first personnel
    /// report to its last (the days the dataset knows its personnel), of the missions
    /// whose fatalities the dataset records.
    fn safety(&mut self, p: &'a Partnership, ops: &Operations<'a>, end: Date) {
        let names = ops
            .missions
            .iter()
            .map(|m| m.id.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        // Only the missions whose deaths the dataset records count, exposure included: a
        // mission without any fatality record (a regional operation the UN's file does
        // not cover) would add personnel-years without its deaths.
        let recorded: Vec<&&Mission> = ops
            .missions
            .iter()
            .filter(|m| {
                self.dataset
                    .fatalities_in(m.id.as_str(), Period::since(Date::MIN))
                    .next()
                    .is_some()
            })
            .collect();
        if recorded.is_empty() {
            let reason =
                format!("the dataset records no fatality of {names}: not recorded is not none");
            return self.not_computed(p, FORCE_FATALITY_RATE, reason);
        }
        let names = recorded
            .iter()
            .map(|m| m.id.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let (mut years, mut deaths, mut cited) = (0.0, Vec::new(), Vec::new());
        for m in recorded {
            let Some(days) = m.period.intersection(&ops.span) else {
                continue;
            };
            // Deaths and exposure count from the first personnel report to the last:
            // outside them the dataset knows no personnel, and deaths without
            // personnel-years (or a last report carried on for years) would bias the
            // rate.
            let reports = self.dataset.mission_personnel_over(m.id.as_str(), days);
            let (Some(&(first, _)), Some(&(last, _))) = (reports.first(), reports.last()) else {
                continue;
            };
            let from = first.max(days.start());
            let to = days.end().map_or(last, |end| last.min(end));
            let Ok(covered) = Period::between(from, to.max(from)) else {
                continue;
            };
            years += self
                .dataset
                .personnel_years(m.id.as_str(), covered)
                .unwrap_or(0.0);
            for f in self.dataset.fatalities_in(m.id.as_str(), covered) {
                cited.extend(f.source.as_ref());
                deaths.push(f);
            }
        }
        match outcome::fatality_rate(deaths, years).malicious_per_1000() {
            Some(rate) => {
                let by = self.attribution(cited);
                self.observe(p, FORCE_FATALITY_RATE, rate, end, by);
            }
            None => self.not_computed(
                p,
                FORCE_FATALITY_RATE,
                format!("the dataset records no personnel of {names} up to {end}"),
            ),
        }
    }

    /// `ceiling-delivery`: deployed over authorised strength, month by month, over each
    /// mission's days in the span.
    fn delivery(&mut self, p: &'a Partnership, ops: &Operations<'a>, end: Date) {
        let (mut months, mut sum, mut cited) = (0usize, 0.0, Vec::new());
        for m in &ops.missions {
            let Some(days) = m.period.intersection(&ops.span) else {
                continue;
            };
            let deployed: Vec<(Date, f64)> = self
                .dataset
                .mission_personnel_over(m.id.as_str(), days)
                .into_iter()
                .map(|(date, personnel)| (date.max(days.start()), personnel.total() as f64))
                .collect();
            if let Some(d) = outcome::delivery(&deployed, &m.authorized_strength) {
                months += d.months;
                sum += d.mean_ratio * d.months as f64;
                cited.extend(&m.sources);
            }
        }
        if months == 0 {
            let names = ops
                .missions
                .iter()
                .map(|m| m.id.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            let reason = format!(
                "the dataset records no month of {names} up to {end} with both a personnel report and a ceiling"
            );
            return self.not_computed(p, CEILING_DELIVERY, reason);
        }
        let by = self.attribution(cited);
        self.observe(p, CEILING_DELIVERY, sum / months as f64, end, by);
    }

    /// `contributor-diversity` and `contributor-continuity`: the contributors of
    /// personnel to the missions, year by year, over the years of the span.
    ///
    /// Each mission-year is read from one basis, never two: the mission's personnel
    /// reports dated in the year when the dataset has any (each contributor's mean over
    /// the year's report dates), else its presence records of the year from one source,
    /// the most reliable (ties: the first source id; records without a source last),
    /// and only for a year that has ended by `end` (a presence sums up a whole year).
    /// The missions' years are then pooled by year. A year counts for diversity only if
    /// every contributor present has a figure; for continuity only who was present
    /// counts, and a pair of consecutive years only if each mission read in both is read
    /// on the same basis in both (two bases list contributors with different coverage).
    fn contributors(&mut self, p: &'a Partnership, ops: &Operations<'a>, end: Date) {
        let ids: BTreeSet<&str> = ops.missions.iter().map(|m| m.id.as_str()).collect();
        // The personnel reports of each mission and year: the report dates, and each
        // contributor's sum over them.
        let mut reports: BTreeMap<(&str, i32), Reports<'a>> = BTreeMap::new();
        for c in self.dataset.contributions() {
            if !ids.contains(c.mission.as_str()) || !ops.span.contains(c.date) {
                continue;
            }
            if let Some(personnel) = c.what.personnel() {
                let r = reports
                    .entry((c.mission.as_str(), c.date.year()))
                    .or_default();
                r.dates.insert(c.date);
                *r.sums.entry(c.contributor.as_str()).or_default() += personnel.total() as f64;
                r.sources.extend(c.source.as_ref());
            }
        }
        let last_year = ops.span.end().unwrap_or(end).year();
        let mut years: BTreeMap<i32, PooledYear<'a>> = BTreeMap::new();
        for m in &ops.missions {
            let Some(days) = m.period.intersection(&ops.span) else {
                continue;
            };
            let to = days.end().map_or(last_year, |e| e.year().min(last_year));
            for year in days.start().year()..=to {
                // A year's presence records sum up the whole year: known as of `end`
                // only if the year has ended by then.
                let year_ended = Date::new(year, 12, 31).is_ok_and(|last| last <= end);
                let read = match reports.remove(&(m.id.as_str(), year)) {
                    Some(r) => r.read(),
                    None if year_ended => match self.presences(m.id.as_str(), year) {
                        Some(read) => read,
                        None => continue,
                    },
                    None => continue,
                };
                years.entry(year).or_default().add(m.id.as_str(), read);
            }
        }
        years.retain(|_, y| !y.present.is_empty());
        let names = ids.iter().copied().collect::<Vec<_>>().join(", ");
        if years.is_empty() {
            let reason = format!(
                "the dataset records no personnel contribution to or presence in {names} up to {end}"
            );
            self.not_computed(p, CONTRIBUTOR_DIVERSITY, reason.clone());
            self.not_computed(p, CONTRIBUTOR_CONTINUITY, reason);
            return;
        }
        // Diversity: the years where every contributor present has a figure.
        let complete: Vec<(i32, &PooledYear<'a>)> = years
            .iter()
            .filter(|(_, y)| y.complete)
            .map(|(&year, y)| (year, y))
            .collect();
        let diversity = outcome::contributors(
            complete
                .iter()
                .flat_map(|(year, y)| y.force.iter().map(move |(who, &n)| (*year, *who, n))),
        );
        if diversity.is_empty() {
            let reason = format!(
                "the dataset gives the personnel of every contributor to {names} in no year up to {end}"
            );
            self.not_computed(p, CONTRIBUTOR_DIVERSITY, reason);
        } else {
            let used: BTreeSet<i32> = diversity.iter().map(|y| y.year).collect();
            let cited = complete
                .iter()
                .filter(|(year, _)| used.contains(year))
                .flat_map(|(_, y)| y.sources.iter().copied());
            let by = self.attribution(cited);
            let mean =
                diversity.iter().map(|y| y.fractionalization).sum::<f64>() / diversity.len() as f64;
            self.observe(p, CONTRIBUTOR_DIVERSITY, mean, end, by);
        }
        // Continuity: consecutive years, each mission on the same basis in both.
        let (mut retained, mut cited) = (Vec::new(), Vec::new());
        for ((&year, before), (&next, after)) in years.iter().zip(years.iter().skip(1)) {
            let same_basis = before
                .basis
                .iter()
                .all(|(m, b)| after.basis.get(m).is_none_or(|a| a == b));
            if next != year + 1 || !same_basis {
                continue;
            }
            let stayed = before
                .present
                .iter()
                .filter(|c| after.present.contains(*c))
                .count();
            retained.push(stayed as f64 / before.present.len() as f64);
            cited.extend(before.sources.iter().chain(&after.sources).copied());
        }
        if retained.is_empty() {
            let reason = format!(
                "the dataset records the contributors to {names} in no two consecutive years on the same basis up to {end}"
            );
            self.not_computed(p, CONTRIBUTOR_CONTINUITY, reason);
        } else {
            let by = self.attribution(cited);
            let continuity = retained.iter().sum::<f64>() / retained.len() as f64;
            self.observe(p, CONTRIBUTOR_CONTINUITY, continuity, end, by);
        }
    }

    /// The contributors present in `mission` in `year` by its presence records, from one
    /// source: the most reliable one (ties: the first source id; records without a
    /// source, or citing a source the dataset lacks, last). `None` if it has none.
    fn presences(&self, mission: &str, year: i32) -> Option<MissionYear<'a>> {
        let dataset = self.dataset;
        let rank = |source: Option<&'a SourceId>| {
            let reliability = source
                .and_then(|s| dataset.source(s.as_str()))
                .map(|s| s.reliability);
            (reliability.is_none(), reliability, source)
        };
        let chosen = dataset
            .presences_in(mission, year)
            .map(|p| p.source.as_ref())
            .min_by_key(|&s| rank(s))?;
        let mut read = MissionYear {
            basis: Basis::Presences(chosen),
            present: BTreeMap::new(),
            complete: true,
            sources: chosen.into_iter().collect(),
        };
        for p in dataset
            .presences_in(mission, year)
            .filter(|p| p.source.as_ref() == chosen)
        {
            read.complete &= p.personnel.is_some();
            *read.present.entry(p.contributor.as_str()).or_default() += p.personnel.unwrap_or(0.0);
        }
        Some(read)
    }
}

/// What a mission-year is read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Basis<'a> {
    /// Its personnel reports.
    Reports,
    /// Its presence records of one source.
    Presences(Option<&'a SourceId>),
}

/// The personnel reports of a mission in a year.
#[derive(Debug, Default)]
struct Reports<'a> {
    dates: BTreeSet<Date>,
    sums: BTreeMap<&'a str, f64>,
    sources: Vec<&'a SourceId>,
}

impl<'a> Reports<'a> {
    /// Each contributor's mean over the report dates; present if it is above 0.
    fn read(self) -> MissionYear<'a> {
        let dates = self.dates.len().max(1) as f64;
        MissionYear {
            basis: Basis::Reports,
            present: self
                .sums
                .into_iter()
                .filter(|&(_, sum)| sum > 0.0)
                .map(|(who, sum)| (who, sum / dates))
                .collect(),
            complete: true,
            sources: self.sources,
        }
    }
}

/// The contributors of one mission in one year, as read.
#[derive(Debug)]
struct MissionYear<'a> {
    basis: Basis<'a>,
    /// Each contributor present, with its personnel (0 where not given).
    present: BTreeMap<&'a str, f64>,
    /// Whether every contributor present has a figure.
    complete: bool,
    sources: Vec<&'a SourceId>,
}

/// The missions' contributors in one year, pooled.
#[derive(Debug)]
struct PooledYear<'a> {
    /// The basis each mission is read on.
    basis: BTreeMap<&'a str, Basis<'a>>,
    /// Each contributor's personnel, summed over the missions.
    force: BTreeMap<&'a str, f64>,
    present: BTreeSet<&'a str>,
    complete: bool,
    sources: Vec<&'a SourceId>,
}

impl Default for PooledYear<'_> {
    fn default() -> Self {
        PooledYear {
            basis: BTreeMap::new(),
            force: BTreeMap::new(),
            present: BTreeSet::new(),
            complete: true,
            sources: Vec::new(),
        }
    }
}

impl<'a> PooledYear<'a> {
    fn add(&mut self, mission: &'a str, read: MissionYear<'a>) {
        self.basis.insert(mission, read.basis);
        self.complete &= read.complete;
        for (who, n) in read.present {
            self.present.insert(who);
            *self.force.entry(who).or_default() += n;
        }
        self.sources.extend(read.sources);
    }
}
