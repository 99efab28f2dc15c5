//! Evidence computed from the records of a core [`Dataset`]: [`Evidence::from_dataset`],
//! its indicators ([`DATASET_INDICATORS`]) and the report of what it could not compute
//! ([`DatasetReport`]).

use std::collections::BTreeSet;
use std::fmt;

use peacekeeping_core::{
    ActorId, Dataset, Date, EntityKind, LanguageCode, Partnership, Personnel, Reliability,
    Severity, SourceId, SourceKind,
};

use super::outcomes::{
    CEILING_DELIVERY, CONTRIBUTOR_CONTINUITY, CONTRIBUTOR_DIVERSITY, FORCE_FATALITY_RATE,
    HOST_VIOLENCE_AFTER, HOST_VIOLENCE_CHANGE, NO_RELAPSE,
};
use super::{Evidence, Observation};

/// The indicators [`Evidence::from_dataset`] derives, in the order it derives them. The
/// built-in partnership effectiveness framework has every one of them.
///
/// ```
/// let fw = peacekeeping_eval::builtin::partnership_effectiveness()?;
/// for id in peacekeeping_eval::DATASET_INDICATORS {
///     assert!(fw.node(id).is_some(), "{id}");
/// }
/// # Ok::<(), peacekeeping_eval::FrameworkError>(())
/// ```
pub const DATASET_INDICATORS: [&str; 16] = [
    PARTY_COUNT,
    PARTNERSHIP_DURATION,
    PARTY_PERSONNEL,
    SHARED_MEMBERSHIPS,
    COMMON_LANGUAGES,
    JOINT_TRAINING,
    FRICTION_COUNT,
    FRICTION_SEVERITY,
    FRICTION_KINDS,
    HOST_VIOLENCE_CHANGE,
    FORCE_FATALITY_RATE,
    CEILING_DELIVERY,
    NO_RELAPSE,
    HOST_VIOLENCE_AFTER,
    CONTRIBUTOR_DIVERSITY,
    CONTRIBUTOR_CONTINUITY,
];

// Each id once: the code below names them by these constants.
const PARTY_COUNT: &str = "party-count";
const PARTNERSHIP_DURATION: &str = "partnership-duration";
const PARTY_PERSONNEL: &str = "party-personnel";
const SHARED_MEMBERSHIPS: &str = "shared-memberships";
const COMMON_LANGUAGES: &str = "common-languages";
const JOINT_TRAINING: &str = "joint-training";
const FRICTION_COUNT: &str = "friction-count";
const FRICTION_SEVERITY: &str = "friction-severity";
const FRICTION_KINDS: &str = "friction-kinds";

/// Why [`Evidence::from_dataset`] has no value of an indicator for a unit: evidence the
/// dataset lacks, or an indicator that does not apply.
///
/// ```
/// use peacekeeping_eval::Gap;
///
/// assert_eq!(Gap::NotApplicable.to_string(), "not applicable");
/// assert_eq!(Gap::Unrecorded.to_string(), "not recorded");
/// assert_eq!(Gap::default(), Gap::Unrecorded);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[cfg_attr(
    feature = "serde",
    derive(serde::Serialize, serde::Deserialize),
    serde(rename_all = "kebab-case")
)]
#[non_exhaustive]
pub enum Gap {
    /// The dataset lacks records the indicator needs: missing evidence, which counts
    /// against the unit's [coverage](DatasetReport::coverage) and its screening. The
    /// default (a report written before the two were told apart reads as this).
    #[default]
    Unrecorded,
    /// The indicator does not apply to the unit as of the date, whatever the records:
    /// the personnel of a partnership whose parties are all organizations that contribute
    /// none of their own, the severity of frictions where reviews found none, the peace
    /// after operations that go on. Nothing is missing: it is left out of the unit's
    /// coverage and of the shares a [`Screening`](crate::Screening) demands of it
    /// ([`Screening::not_applicable`](crate::Screening::not_applicable)).
    NotApplicable,
}

impl fmt::Display for Gap {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Gap::Unrecorded => "not recorded",
            Gap::NotApplicable => "not applicable",
        })
    }
}

/// An indicator [`Evidence::from_dataset`] could not compute for a unit, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct NotComputed {
    /// The unit (partnership id).
    pub unit: String,
    /// The indicator id (one of [`DATASET_INDICATORS`]).
    pub indicator: String,
    /// Whether the dataset lacks the evidence or the indicator does not apply.
    #[cfg_attr(feature = "serde", serde(default))]
    pub gap: Gap,
    /// What the dataset lacks, or why the indicator does not apply.
    pub reason: String,
}

impl fmt::Display for NotComputed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}, {}: ", self.unit, self.indicator)?;
        if self.gap == Gap::NotApplicable {
            write!(f, "{}: ", self.gap)?;
        }
        f.write_str(&self.reason)
    }
}

/// What [`Evidence::from_dataset`] did: the partnerships it took as units, and every
/// indicator it could not compute for one of them, with the reason and whether evidence
/// is missing or the indicator does not apply ([`Gap`]). Nothing is filled in for these:
/// the unit simply has no observation of that indicator.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct DatasetReport {
    /// The partnerships taken as units (those begun by the as-of date).
    pub units: Vec<String>,
    /// Every indicator not computed for a partnership, in dataset order: those the
    /// dataset lacks the records for and those that do not apply.
    pub not_computed: Vec<NotComputed>,
}

/// What [`Evidence::from_dataset`] gives: the observations it computed, and the report of
/// what it could not compute.
///
/// ```
/// use peacekeeping_core::{Dataset, Date};
/// use peacekeeping_eval::Evidence;
///
/// let found = Evidence::from_dataset(&Dataset::default(), Date::new(2024, 12, 31)?);
/// assert!(found.evidence.observations().is_empty());
/// assert!(found.report.not_computed.is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct DatasetEvidence {
    /// The observations computed from the records.
    pub evidence: Evidence,
    /// The partnerships taken as units, and every indicator not computed for one.
    pub report: DatasetReport,
}

impl DatasetReport {
    /// What could not be computed for one unit.
    ///
    /// ```
    /// use peacekeeping_core::{Dataset, Date};
    /// use peacekeeping_eval::Evidence;
    ///
    /// let found = Evidence::from_dataset(&Dataset::default(), Date::new(2024, 12, 31)?);
    /// assert_eq!(found.report.not_computed_for("any").count(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn not_computed_for<'a>(&'a self, unit: &'a str) -> impl Iterator<Item = &'a NotComputed> {
        self.not_computed.iter().filter(move |n| n.unit == unit)
    }

    /// The indicators that do not apply to a unit ([`Gap::NotApplicable`]), as
    /// `(unit, indicator)` pairs: what
    /// [`Screening::not_applicable`](crate::Screening::not_applicable) takes.
    ///
    /// ```
    /// use peacekeeping_core::{Dataset, Date};
    /// use peacekeeping_eval::Evidence;
    ///
    /// let found = Evidence::from_dataset(&Dataset::default(), Date::new(2024, 12, 31)?);
    /// assert_eq!(found.report.not_applicable().count(), 0);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn not_applicable(&self) -> impl Iterator<Item = (&str, &str)> {
        self.not_computed
            .iter()
            .filter(|n| n.gap == Gap::NotApplicable)
            .map(|n| (n.unit.as_str(), n.indicator.as_str()))
    }

    /// The share of the [`DATASET_INDICATORS`] that apply to a unit that were computed
    /// for it (those that do not apply left out of both counts); `None` if it is not a
    /// unit.
    ///
    /// ```
    /// use peacekeeping_core::{Dataset, Date};
    /// use peacekeeping_eval::Evidence;
    ///
    /// let found = Evidence::from_dataset(&Dataset::default(), Date::new(2024, 12, 31)?);
    /// assert_eq!(found.report.coverage("any"), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn coverage(&self, unit: &str) -> Option<f64> {
        self.units.iter().any(|u| u == unit).then(|| {
            let (mut unrecorded, mut inapplicable) = (0, 0);
            for n in self.not_computed_for(unit) {
                match n.gap {
                    Gap::Unrecorded => unrecorded += 1,
                    Gap::NotApplicable => inapplicable += 1,
                }
            }
            let applicable = DATASET_INDICATORS.len() - inapplicable;
            if applicable == 0 {
                return 0.0;
            }
            (applicable - unrecorded) as f64 / applicable as f64
        })
    }
}

impl fmt::Display for DatasetReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} units, {} indicator values not computed ({} not applicable)",
            self.units.len(),
            self.not_computed.len(),
            self.not_applicable().count()
        )?;
        for n in &self.not_computed {
            write!(f, "\n  {n}")?;
        }
        Ok(())
    }
}

/// What a derived value rests on: the kind and grade of the weakest source cited by the
/// records it was computed from, or the dataset itself (a research dataset, reliability
/// not judged) when those records cite none, as for a count of zero.
type Attribution = (SourceKind, Reliability);

const THE_DATASET: Attribution = (SourceKind::ResearchDataset, Reliability::CannotBeJudged);

impl Evidence {
    /// Observations computed from the records of a core [`Dataset`], one unit per
    /// partnership begun by `as_of`, as the dataset stands at `as_of`. Let `P` be the
    /// partnership's parties, `E` the end of its period or `as_of`, whichever is earlier:
    ///
    /// | indicator | value | better | dated |
    /// |---|---|---|---|
    /// | `party-count` | `\|P\|` | (weight 0 in the built-in framework) | `E` |
    /// | `partnership-duration` | days from the period's start to `E` / 365.25 | higher | `E` |
    /// | `party-personnel` | personnel (every category) the parties contribute to the partnership's missions, summed over the missions, each at the latest date up to `E` with a personnel record for that mission | higher | `E` |
    /// | `shared-memberships` | organizations every party is a member of (full or associate) on `E` | higher | `E` |
    /// | `common-languages` | official languages every party has | higher | `E` |
    /// | `joint-training` | trainings and exercises beginning in the year with at least two parties among their organizers and participants, in years with one or covered by a review of trainings | higher | each such year |
    /// | `friction-count` | frictions of the partnership observed in the year, in years with one or covered by a review of frictions | lower | each such year |
    /// | `friction-severity` | their mean severity (low 1, moderate 2, high 3, critical 4), in years with frictions | lower | each such year |
    /// | `friction-kinds` | distinct kinds of frictions observed from the start to `E`, if one is recorded or a review of frictions covers the whole period | lower | `E` |
    /// | `host-violence-change` | `ln(1 + d) - ln(1 + b)`: `d` the mean yearly battle deaths of the missions' host countries (summed over the hosts; a year counts if every host has a record) from the first mission's start to the last one's end (or `E`), `b` the same over the 3 years before | lower | `E` |
    /// | `host-violence-after` | `ln(1 + a) - ln(1 + b)`, `a` the mean over the 3 years after the last mission's end, once every mission has ended by `E` | lower | `E` |
    /// | `no-relapse` | years after the missions' end in a row below 25 battle deaths (UCDP's threshold), up to 10 ([`outcome::peace_after`](crate::outcome::peace_after)); not observed while a mission goes on or when the records end first (censored) | higher | `E` |
    /// | `force-fatality-rate` | malicious-act deaths of uniformed personnel of the missions per 1,000 personnel-years ([`Dataset::personnel_years`](peacekeeping_core::Dataset::personnel_years)), from the first start to the last end or `E`; observed only if the dataset records a fatality of one of the missions | lower | `E` |
    /// | `ceiling-delivery` | the mean, over the months with a personnel report and a ceiling in force, of deployed / authorised ([`outcome::delivery`](crate::outcome::delivery)) | higher | `E` |
    /// | `contributor-diversity` | the mean over the years of the fractionalization of the missions' personnel by contributor ([`outcome::contributors`](crate::outcome::contributors)), over the years where every contributor present has a figure; each mission-year read from one basis (below) | higher | `E` |
    /// | `contributor-continuity` | the mean over pairs of consecutive years of the share of the first year's contributors still present in the second, over the pairs where each mission is read on the same basis in both years | higher | `E` |
    ///
    /// **Cooperation observed.** The two contributor indicators read each mission-year
    /// (the years of the missions' span up to `E`) from one basis, never two: the
    /// mission's personnel reports dated in that year when the dataset has any (each
    /// contributor's personnel averaged over the year's report dates; present if above
    /// 0), and otherwise its [`Presence`](peacekeeping_core::Presence) records of the
    /// year, from one source: the most reliable one ([`Reliability`], A first; ties: the
    /// first source id; records without a known source last), so RADPKO's yearly means
    /// (B in the reference dataset) before Geo-PKO's map units (C). A presence sums up a
    /// whole year, so it is read only for a year that ended by `E`. The missions' years
    /// are pooled by year: a year counts for diversity only if every contributor present
    /// has a figure (a presence without personnel counts for continuity only), and a pair
    /// of years counts for continuity only if each mission is read on the same basis in
    /// both (reports and presences, or two sources, list contributors with different
    /// coverage: their difference is not turnover).
    ///
    /// The yearly ones run over each calendar year from the start to `E`, dated 31
    /// December (the last year at `E`). Each observation's source kind and reliability
    /// are those of the weakest source (the highest grade letter) cited by the records it
    /// was computed from: the partnership for its count and duration, the personnel
    /// records of the snapshot, the membership records, the parties' actor records, the
    /// trainings and frictions counted and the reviews that cover the year. With no such
    /// source they are [`SourceKind::ResearchDataset`] graded F: the dataset itself.
    ///
    /// Nothing is invented: an indicator whose records the dataset lacks is not observed
    /// and is listed in the [`DatasetReport`] with the reason: personnel when a mission
    /// has no personnel record up to `E` (or the partnership names no mission), shared
    /// memberships when a party has no membership record at all, languages when a party
    /// records none, an outcome when the dataset lacks the battle deaths, fatalities,
    /// personnel reports, presences or ceilings it needs. "No friction recorded" is not "no friction": a count of trainings or
    /// frictions is observed only in a year with one recorded, or covered by a
    /// [`Review`](peacekeeping_core::Review) of the partnership for that kind of record
    /// (the source examined them all: zero is then observed-none); a partnership with
    /// neither in any year has no observation of the count, and is listed.
    ///
    /// ```
    /// use peacekeeping_core::{Dataset, Date};
    /// use peacekeeping_eval::Evidence;
    ///
    /// let found = Evidence::from_dataset(&Dataset::default(), Date::new(2024, 12, 31)?);
    /// assert!(found.evidence.observations().is_empty() && found.report.units.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// To score the partnerships as they stand at `as_of`, fuse with
    /// [`PanelFill::LastObservation`](crate::PanelFill::LastObservation): each yearly
    /// indicator is then the last year's value. The default, [`PanelFill::Pool`](crate::PanelFill::Pool),
    /// averages every year up to `as_of` (a partnership's record over its whole life).
    /// Scoring the partnerships of the reference dataset of `peacekeeping-data` with the
    /// built-in framework, each year's count read at the as-of date:
    ///
    /// ```
    /// use peacekeeping_core::Date;
    /// use peacekeeping_eval::{builtin, Evidence, FusionOptions, PanelFill, Pipeline};
    ///
    /// let as_of = Date::new(2021, 12, 31)?;
    /// let found = Evidence::from_dataset(peacekeeping_data::reference::dataset(), as_of);
    /// let framework = builtin::partnership_effectiveness()?;
    /// let options = FusionOptions::default().as_of(as_of).fill(PanelFill::LastObservation);
    /// let table = found.evidence.indicator_table(&framework, &options)?;
    /// let scores = Pipeline::new().run(&framework, &table)?;
    /// for unit in scores.units() {
    ///     let score = scores.index(unit).unwrap_or(f64::NAN);
    ///     println!("{unit}: {score:.1}, {:.0}% of the dataset indicators", 100.0 * found.report.coverage(unit).unwrap_or(0.0));
    /// }
    /// // What the records do not allow is said, never filled in.
    /// assert!(found.report.not_computed_for("amisom-au-un-eu").any(|n| n.indicator == "party-personnel"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn from_dataset(dataset: &Dataset, as_of: Date) -> DatasetEvidence {
        let mut derive = Derivation {
            dataset,
            evidence: Evidence::new(),
            report: DatasetReport::default(),
        };
        for p in dataset.partnerships() {
            if p.period.start() <= as_of {
                let end = p.period.end().map_or(as_of, |e| e.min(as_of));
                derive.partnership(p, end);
            }
        }
        DatasetEvidence {
            evidence: derive.evidence,
            report: derive.report,
        }
    }
}

pub(super) struct Derivation<'a> {
    pub(super) dataset: &'a Dataset,
    evidence: Evidence,
    report: DatasetReport,
}

impl<'a> Derivation<'a> {
    pub(super) fn observe(
        &mut self,
        p: &Partnership,
        indicator: &str,
        value: f64,
        date: Date,
        by: Attribution,
    ) {
        self.evidence.observations.push(Observation {
            unit: p.id.to_string(),
            indicator: indicator.to_owned(),
            value,
            date: Some(date),
            source: by.0,
            reliability: by.1,
        });
    }

    /// Reports `indicator` as not computed for `p` for lack of records.
    pub(super) fn not_computed(&mut self, p: &Partnership, indicator: &str, reason: String) {
        self.gap(p, indicator, Gap::Unrecorded, reason);
    }

    /// Reports `indicator` as not applicable to `p`.
    pub(super) fn not_applicable(&mut self, p: &Partnership, indicator: &str, reason: String) {
        self.gap(p, indicator, Gap::NotApplicable, reason);
    }

    fn gap(&mut self, p: &Partnership, indicator: &str, gap: Gap, reason: String) {
        self.report.not_computed.push(NotComputed {
            unit: p.id.to_string(),
            indicator: indicator.to_owned(),
            gap,
            reason,
        });
    }

    /// Reports `indicator` as not computed if the dataset lacks `what` for any of
    /// `lacking`; says whether it did.
    fn lacking(&mut self, p: &Partnership, indicator: &str, what: &str, lacking: &[&str]) -> bool {
        if !lacking.is_empty() {
            let reason = format!("the dataset records no {what} {}", lacking.join(", "));
            self.not_computed(p, indicator, reason);
        }
        !lacking.is_empty()
    }

    /// The weakest of the cited sources the dataset has, or the dataset itself.
    pub(super) fn attribution(&self, cited: impl IntoIterator<Item = &'a SourceId>) -> Attribution {
        cited
            .into_iter()
            .filter_map(|id| self.dataset.source(id))
            .map(|s| (s.kind, s.reliability))
            .max_by_key(|&(_, reliability)| reliability)
            .unwrap_or(THE_DATASET)
    }

    fn partnership(&mut self, p: &'a Partnership, end: Date) {
        self.report.units.push(p.id.to_string());
        let parties: Vec<&ActorId> = p.parties.iter().map(|party| &party.actor).collect();
        let record = self.attribution(&p.sources);
        self.observe(p, PARTY_COUNT, parties.len() as f64, end, record);
        let days = p.period.start().days_until(end);
        self.observe(
            p,
            PARTNERSHIP_DURATION,
            f64::from(days) / 365.25,
            end,
            record,
        );
        self.personnel(p, &parties, end);
        self.memberships(p, &parties, end);
        self.languages(p, &parties, end);
        self.yearly(p, &parties, end);
        self.outcomes(p, end);
    }

    fn personnel(&mut self, p: &'a Partnership, parties: &[&ActorId], end: Date) {
        if p.missions.is_empty() {
            return self.not_computed(
                p,
                PARTY_PERSONNEL,
                "the partnership names no mission".to_owned(),
            );
        }
        let organizations = parties.iter().all(|a| {
            self.dataset
                .actor(a.as_str())
                .is_some_and(|actor| actor.kind.is_organization())
        });
        if organizations
            && !self
                .dataset
                .contributions()
                .iter()
                .any(|c| parties.contains(&&c.contributor) && c.what.personnel().is_some())
        {
            return self.not_applicable(
                p,
                PARTY_PERSONNEL,
                "its parties are all organizations and none is recorded contributing personnel of its own: its missions' personnel are their members'".to_owned(),
            );
        }
        let (mut total, mut cited, mut unrecorded) = (0, Vec::new(), Vec::new());
        for mission in &p.missions {
            let records: Vec<(&_, &Personnel)> = self
                .dataset
                .contributions()
                .iter()
                .filter(|c| &c.mission == mission && c.date <= end)
                .filter_map(|c| c.what.personnel().map(|personnel| (c, personnel)))
                .collect();
            let Some(latest) = records.iter().map(|(c, _)| c.date).max() else {
                unrecorded.push(mission.as_str());
                continue;
            };
            for (c, personnel) in records.into_iter().filter(|(c, _)| c.date == latest) {
                cited.extend(c.source.as_ref());
                if parties.contains(&&c.contributor) {
                    total += personnel.total();
                }
            }
        }
        let what = format!("personnel contribution up to {end} to");
        if !self.lacking(p, PARTY_PERSONNEL, &what, &unrecorded) {
            let by = self.attribution(cited);
            self.observe(p, PARTY_PERSONNEL, total as f64, end, by);
        }
    }

    fn memberships(&mut self, p: &'a Partnership, parties: &[&ActorId], end: Date) {
        let all = self.dataset.memberships();
        let unrecorded: Vec<&str> = parties
            .iter()
            .filter(|a| !all.iter().any(|m| &&m.member == *a))
            .map(|a| a.as_str())
            .collect();
        if self.lacking(p, SHARED_MEMBERSHIPS, "membership of", &unrecorded) {
            return;
        }
        let held: Vec<_> = all
            .iter()
            .filter(|m| parties.contains(&&m.member) && m.status.is_member() && m.holds_on(end))
            .collect();
        let shared: BTreeSet<&ActorId> = held
            .iter()
            .map(|m| &m.organization)
            .filter(|o| {
                parties.iter().all(|a| {
                    held.iter()
                        .any(|m| &m.member == *a && &&m.organization == o)
                })
            })
            .collect();
        // The records of the shared memberships; with none shared, every record held.
        let cited = held
            .iter()
            .filter(|m| shared.is_empty() || shared.contains(&m.organization))
            .flat_map(|m| &m.sources);
        let by = self.attribution(cited);
        self.observe(p, SHARED_MEMBERSHIPS, shared.len() as f64, end, by);
    }

    fn languages(&mut self, p: &'a Partnership, parties: &[&ActorId], end: Date) {
        let actors: Vec<_> = parties.iter().map(|a| self.dataset.actor(a)).collect();
        let unrecorded: Vec<&str> = parties
            .iter()
            .zip(&actors)
            .filter(|(_, actor)| actor.is_none_or(|actor| actor.languages.is_empty()))
            .map(|(a, _)| a.as_str())
            .collect();
        if self.lacking(p, COMMON_LANGUAGES, "official language of", &unrecorded) {
            return;
        }
        let actors: Vec<_> = actors.into_iter().flatten().collect();
        let common = actors.iter().skip(1).fold(
            actors[0]
                .languages
                .iter()
                .collect::<BTreeSet<&LanguageCode>>(),
            |acc, actor| {
                acc.into_iter()
                    .filter(|l| actor.languages.contains(l))
                    .collect()
            },
        );
        let by = self.attribution(actors.iter().flat_map(|a| &a.sources));
        self.observe(p, COMMON_LANGUAGES, common.len() as f64, end, by);
    }

    /// The yearly counts of joint trainings and frictions, and the kinds of frictions.
    ///
    /// A count is observed in a year with a record to count, or in a year a
    /// [`Review`](peacekeeping_core::Review) of the partnership covers for that kind of
    /// record (zero is then observed-none); otherwise "none recorded" is not "none", and
    /// the year has no observation.
    fn yearly(&mut self, p: &'a Partnership, parties: &[&ActorId], end: Date) {
        let start = p.period.start();
        let in_period = |d: Date| start <= d && d <= end;
        let trainings: Vec<_> = self
            .dataset
            .trainings()
            .iter()
            .filter(|t| in_period(t.period.start()))
            .filter(|t| {
                let took_part =
                    |a: &&&ActorId| t.organizers.contains(a) || t.participants.contains(a);
                parties.iter().filter(took_part).count() >= 2
            })
            .collect();
        let frictions: Vec<_> = self
            .dataset
            .frictions_in(&p.id)
            .filter(|f| in_period(f.observed))
            .collect();
        let (mut training_years, mut friction_years) = (0, 0);
        for year in start.year()..=end.year() {
            let from = Date::new(year, 1, 1).map_or(start, |d| d.max(start));
            let date = Date::new(year, 12, 31).map_or(end, |d| d.min(end));
            let of_year: Vec<_> = trainings
                .iter()
                .filter(|t| t.period.start().year() == year)
                .collect();
            if !of_year.is_empty() || p.is_reviewed(EntityKind::Training, from, date) {
                let by =
                    self.attribution(of_year.iter().flat_map(|t| &t.sources).chain(reviewers(
                        p,
                        EntityKind::Training,
                        from,
                        date,
                    )));
                self.observe(p, JOINT_TRAINING, of_year.len() as f64, date, by);
                training_years += 1;
            }
            let of_year: Vec<_> = frictions
                .iter()
                .filter(|f| f.observed.year() == year)
                .collect();
            if !of_year.is_empty() || p.is_reviewed(EntityKind::Friction, from, date) {
                let by =
                    self.attribution(of_year.iter().flat_map(|f| &f.sources).chain(reviewers(
                        p,
                        EntityKind::Friction,
                        from,
                        date,
                    )));
                self.observe(p, FRICTION_COUNT, of_year.len() as f64, date, by);
                friction_years += 1;
                if !of_year.is_empty() {
                    let severity: f64 = of_year.iter().map(|f| severity_level(f.severity)).sum();
                    let mean = severity / of_year.len() as f64;
                    self.observe(p, FRICTION_SEVERITY, mean, date, by);
                }
            }
        }
        let unrecorded = |what: &str| {
            format!(
                "no {what} of the partnership is recorded up to {end} and no review covers a year of it: not recorded is not none"
            )
        };
        if training_years == 0 {
            self.not_computed(p, JOINT_TRAINING, unrecorded("joint training"));
        }
        if friction_years == 0 {
            self.not_computed(p, FRICTION_COUNT, unrecorded("friction"));
        }
        if frictions.is_empty() && friction_years > 0 {
            let reason = format!(
                "the reviews of its frictions up to {end} found none: no severity to grade"
            );
            self.not_applicable(p, FRICTION_SEVERITY, reason);
        } else if frictions.is_empty() {
            let reason =
                format!("no friction of the partnership is recorded up to {end}: no severity");
            self.not_computed(p, FRICTION_SEVERITY, reason);
        }
        if !frictions.is_empty() || p.is_reviewed(EntityKind::Friction, start, end) {
            let kinds: BTreeSet<_> = frictions.iter().map(|f| f.kind).collect();
            let by = self.attribution(frictions.iter().flat_map(|f| &f.sources).chain(reviewers(
                p,
                EntityKind::Friction,
                start,
                end,
            )));
            self.observe(p, FRICTION_KINDS, kinds.len() as f64, end, by);
        } else {
            let reason = format!(
                "no friction of the partnership is recorded up to {end} and no review covers its whole period: not recorded is not none"
            );
            self.not_computed(p, FRICTION_KINDS, reason);
        }
    }
}

/// The sources of the reviews of `p` that cover `kind` over `from..=to`.
fn reviewers(
    p: &Partnership,
    kind: EntityKind,
    from: Date,
    to: Date,
) -> impl Iterator<Item = &SourceId> {
    p.reviews
        .iter()
        .filter(move |r| r.covers(kind, from, to))
        .map(|r| &r.source)
}

fn severity_level(severity: Severity) -> f64 {
    match severity {
        Severity::Low => 1.0,
        Severity::Moderate => 2.0,
        Severity::High => 3.0,
        _ => 4.0,
    }
}
