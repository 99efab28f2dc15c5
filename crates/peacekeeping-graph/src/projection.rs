//! One-mode projections of the partnership graph onto actors, each with its weighting
//! written down, and the actor x mission two-mode matrix.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;

use peacekeeping_core::{ActorId, Dataset, Date, DateStep, DayRule, MissionId, Period};

use crate::{ActorNetwork, GraphError};

/// The actor network of `actors` with an edge per pair of `pairs`.
fn from_pairs(
    actors: BTreeSet<ActorId>,
    pairs: BTreeMap<(ActorId, ActorId), f64>,
) -> Result<ActorNetwork, GraphError> {
    let actors: Vec<ActorId> = actors.into_iter().collect();
    let lookup: HashMap<&ActorId, usize> = actors.iter().enumerate().map(|(i, a)| (a, i)).collect();
    let edges: Vec<(usize, usize, f64)> = pairs
        .iter()
        .filter_map(|((a, b), &w)| Some((*lookup.get(a)?, *lookup.get(b)?, w)))
        .collect();
    ActorNetwork::new(actors, edges)
}

/// How [`co_deployment`] weighs the tie between two contributors.
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let missions = co_deployment(&data, Period::day(date), CoDeploymentWeight::SharedMissions)?;
/// let net = co_deployment(&data, Period::day(date), CoDeploymentWeight::SharedPersonnel)?;
/// assert_eq!((missions.weight("GHA", "NGA"), net.weight("GHA", "NGA")), (Some(1.0), Some(300.0)));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum CoDeploymentWeight {
    /// The number of distinct missions in which both served together in at least one
    /// observed month.
    #[default]
    SharedMissions,
    /// The number of (mission, month) pairs in which both served together: two actors
    /// side by side in two missions for all twelve months of a year score 24.
    SharedMissionMonths,
    /// The mean over the observed months of `sum over shared missions of
    /// min(personnel of a, personnel of b)`: how many people the pair had side by side,
    /// on average. As of a single day it is the plain sum of minima.
    SharedPersonnel,
}

/// The dates on which [`co_deployment`] observes deployments in `period`: one per
/// calendar month the period touches, the month's last day or the period's end if
/// earlier (the period's start month counts even if it starts late in the month).
///
/// ```
/// use peacekeeping_core::{Date, Period};
/// use peacekeeping_graph::observation_dates;
/// let p = Period::between(Date::new(2013, 11, 15)?, Date::new(2014, 1, 10)?)?;
/// assert_eq!(observation_dates(p)?, [Date::new(2013, 11, 30)?, Date::new(2013, 12, 31)?, Date::new(2014, 1, 10)?]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`GraphError::OngoingPeriod`] if the period has no end.
pub fn observation_dates(period: Period) -> Result<Vec<Date>, GraphError> {
    let end = period.end().ok_or(GraphError::OngoingPeriod { period })?;
    Ok(period
        .start()
        .first_of_month()
        .series(DateStep::Months(1, DayRule::Clamp))
        .take_while(|first| *first <= end)
        .map(|first| first.last_of_month().min(end))
        .collect())
}

/// One observed month: per mission, the contributors with personnel, by id.
pub(crate) type MonthOfDeployments = BTreeMap<MissionId, Vec<(ActorId, u64)>>;

/// Per observation month, per mission, the contributors with personnel (> 0), by id.
pub(crate) fn monthly_deployments(
    data: &Dataset,
    period: Period,
) -> Result<Vec<MonthOfDeployments>, GraphError> {
    let mut months = Vec::new();
    for date in observation_dates(period)? {
        let mut by_mission: BTreeMap<MissionId, Vec<(ActorId, u64)>> = BTreeMap::new();
        for d in data.deployments_on(date) {
            let total = d.personnel.total();
            if total > 0 {
                by_mission
                    .entry(d.mission.clone())
                    .or_default()
                    .push((d.contributor.clone(), total));
            }
        }
        for list in by_mission.values_mut() {
            list.sort();
        }
        months.push(by_mission);
    }
    Ok(months)
}

/// The co-deployment network over `period`: contributors linked by the missions in which
/// they serve together, weighted by `weight` (see [`CoDeploymentWeight`], and the
/// months below). Nodes are every contributor with personnel in
/// some observed month, including those that never share a mission.
///
/// **Months.** Co-deployment over a period observes deployments once per calendar month
/// the period touches, on the month's last day or the period's last day if earlier
/// ([`observation_dates`]): a one-day period is one observation. Each observation reads
/// each mission's latest personnel report on or before it
/// ([`Dataset::deployments_on`]), and a pair *serves together* in a mission that month
/// when both have at least one person in that report.
///
/// ```
/// use peacekeeping_core::*;
/// use peacekeeping_graph::{co_deployment, CoDeploymentWeight};
///
/// let mut b = Dataset::builder();
/// let unmiss = Period::since(Date::new(2011, 7, 9)?);
/// b.mission(Mission::new("UNMISS".parse()?, "UNMISS", MissionKind::UnPeacekeeping, unmiss));
/// for (who, n) in [("NPL", 850), ("BGD", 300)] {
///     b.actor(Actor::state(who.parse()?, who)?)
///         .contribution(Contribution::personnel(who.parse()?, "UNMISS".parse()?, Date::new(2013, 12, 31)?,
///             Personnel::of(PersonnelCategory::Troops, Headcount::total_only(n))));
/// }
/// let data = b.build()?;
/// let dec = Period::day(Date::new(2013, 12, 31)?);
/// let net = co_deployment(&data, dec, CoDeploymentWeight::SharedPersonnel)?;
/// assert_eq!(net.weight("NPL", "BGD"), Some(300.0)); // min(850, 300)
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`GraphError::OngoingPeriod`] if `period` has no end.
pub fn co_deployment(
    data: &Dataset,
    period: Period,
    weight: CoDeploymentWeight,
) -> Result<ActorNetwork, GraphError> {
    let months = monthly_deployments(data, period)?;
    // Actors and missions become numbers once (actors in id order, so that a list sorted
    // by id is sorted by number); the pairs are then flat vectors sorted once, not maps
    // keyed by cloned ids.
    let actors: Vec<ActorId> = months
        .iter()
        .flat_map(|month| month.values().flatten().map(|(a, _)| a))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .cloned()
        .collect();
    let number: HashMap<&ActorId, u32> = actors.iter().zip(0..).collect();
    let mut missions: HashMap<&MissionId, u32> = HashMap::new();
    // (a, b, mission, weight) for every pair side by side in a mission on an observed date.
    let mut sides: Vec<(u32, u32, u32, f64)> = Vec::new();
    for month in &months {
        for (mission, list) in month {
            let next = missions.len() as u32;
            let m = *missions.entry(mission).or_insert(next);
            // `number` holds every actor of `months`.
            let list: Vec<(u32, u64)> = list.iter().map(|(a, p)| (number[a], *p)).collect();
            for (i, &(a, pa)) in list.iter().enumerate() {
                for &(b, pb) in &list[i + 1..] {
                    let w = match weight {
                        // Headcounts are far below 2^53: exact in f64.
                        CoDeploymentWeight::SharedPersonnel => pa.min(pb) as f64,
                        CoDeploymentWeight::SharedMissions
                        | CoDeploymentWeight::SharedMissionMonths => 1.0,
                    };
                    sides.push((a, b, m, w));
                }
            }
        }
    }
    sides.sort_unstable_by_key(|x| (x.0, x.1, x.2));
    if weight == CoDeploymentWeight::SharedMissions {
        // Once per mission, however many months the pair shares it.
        sides.dedup_by_key(|x| (x.0, x.1, x.2));
    }
    let mut edges: Vec<(usize, usize, f64)> = Vec::new();
    for (a, b, _, w) in sides {
        match edges.last_mut() {
            Some(last) if (last.0, last.1) == (a as usize, b as usize) => last.2 += w,
            _ => edges.push((a as usize, b as usize, w)),
        }
    }
    if weight == CoDeploymentWeight::SharedPersonnel {
        // At least one month: observation_dates of a closed period is never empty.
        let n = months.len().max(1) as f64;
        for e in &mut edges {
            e.2 /= n;
        }
    }
    ActorNetwork::new(actors, edges)
}

/// The co-membership network on `date`: actors linked by the number of organizations of
/// which both are full or associate members ([`Dataset::members_on`]'s rule; observers
/// and suspended members do not count). Nodes are every actor with at least one such
/// membership.
///
/// ```
/// use peacekeeping_core::*;
/// use peacekeeping_graph::co_membership;
/// let mut b = Dataset::builder();
/// let since = Period::since(Date::new(2002, 7, 9)?);
/// b.actor(Actor::new("AU".parse()?, "African Union", ActorKind::RegionalOrganization));
/// for s in ["GHA", "SEN"] {
///     b.actor(Actor::state(s.parse()?, s)?)
///         .membership(Membership::new(s.parse()?, "AU".parse()?, since, MembershipStatus::Full));
/// }
/// let data = b.build()?;
/// let net = co_membership(&data, Date::new(2013, 1, 1)?)?;
/// assert_eq!(net.weight("GHA", "SEN"), Some(1.0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`GraphError::Network`] only beyond `u32::MAX` actors.
pub fn co_membership(data: &Dataset, date: Date) -> Result<ActorNetwork, GraphError> {
    let mut by_org: BTreeMap<&ActorId, BTreeSet<&ActorId>> = BTreeMap::new();
    for m in data.memberships() {
        if m.holds_on(date) && m.status.is_member() {
            by_org.entry(&m.organization).or_default().insert(&m.member);
        }
    }
    let groups = by_org.into_values().map(|s| s.into_iter().collect());
    pairs_by_count(groups)
}

/// The co-training network over `period`: actors linked by the number of trainings
/// (exercises and programmes) overlapping the period that both organized or took part
/// in. Nodes are every actor of such a training.
///
/// ```
/// use peacekeeping_core::*;
/// use peacekeeping_graph::co_training;
/// let mut b = Dataset::builder();
/// for s in ["USA", "MAR", "GHA"] { b.actor(Actor::state(s.parse()?, s)?); }
/// let period = Period::between(Date::new(2024, 4, 19)?, Date::new(2024, 5, 31)?)?;
/// b.training(Training::new("lion".parse()?, "African Lion 2024", TrainingKind::Exercise, period)
///     .with_organizer("USA".parse()?).with_participant("MAR".parse()?).with_participant("GHA".parse()?));
/// let data = b.build()?;
/// let net = co_training(&data, Period::between(Date::new(2024, 1, 1)?, Date::new(2024, 12, 31)?)?)?;
/// assert_eq!(net.edge_count(), 3);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`GraphError::Network`] only beyond `u32::MAX` actors.
pub fn co_training(data: &Dataset, period: Period) -> Result<ActorNetwork, GraphError> {
    let groups = data
        .trainings()
        .iter()
        .filter(|t| t.period.overlaps(&period))
        .map(|t| {
            let set: BTreeSet<&ActorId> = t.actors().collect();
            set.into_iter().collect()
        });
    pairs_by_count(groups)
}

/// Actors of each group (sorted, without repeats) linked pairwise, weight = number of
/// groups they share.
fn pairs_by_count<'a>(
    groups: impl Iterator<Item = Vec<&'a ActorId>>,
) -> Result<ActorNetwork, GraphError> {
    let mut actors = BTreeSet::new();
    let mut pairs: BTreeMap<(ActorId, ActorId), f64> = BTreeMap::new();
    for group in groups {
        for (i, a) in group.iter().enumerate() {
            actors.insert((*a).clone());
            for b in &group[i + 1..] {
                *pairs.entry(((*a).clone(), (*b).clone())).or_default() += 1.0;
            }
        }
    }
    from_pairs(actors, pairs)
}

/// The actor x mission matrix on a date: `value(actor, mission)` is the actor's total
/// personnel in the mission from the mission's latest report on or before the date, 0
/// where there is none. Rows are the contributors, columns the missions, both sorted by
/// id and limited to those with some personnel.
///
/// ```
/// use peacekeeping_core::{Dataset, Date};
/// use peacekeeping_graph::actor_mission_matrix;
/// let data = Dataset::builder().build()?;
/// let m = actor_mission_matrix(&data, Date::new(2013, 12, 31)?);
/// assert_eq!((m.actors().len(), m.missions().len()), (0, 0));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[must_use]
pub fn actor_mission_matrix(data: &Dataset, date: Date) -> TwoModeMatrix {
    let mut cells: BTreeMap<(ActorId, MissionId), u64> = BTreeMap::new();
    for d in data.deployments_on(date) {
        let total = d.personnel.total();
        if total > 0 {
            *cells
                .entry((d.contributor.clone(), d.mission.clone()))
                .or_default() += total;
        }
    }
    let actors: Vec<ActorId> = cells
        .keys()
        .map(|k| k.0.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let missions: Vec<MissionId> = cells
        .keys()
        .map(|k| k.1.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let mut values = vec![0u64; actors.len() * missions.len()];
    for ((a, m), v) in cells {
        if let (Ok(i), Ok(j)) = (actors.binary_search(&a), missions.binary_search(&m)) {
            values[i * missions.len() + j] = v;
        }
    }
    TwoModeMatrix {
        actors,
        missions,
        values,
    }
}

/// An actor x mission matrix of personnel (see [`actor_mission_matrix`]).
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let m = actor_mission_matrix(&data, date);
/// assert_eq!(m.value("NGA", "UNMIL"), Some(300));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TwoModeMatrix {
    actors: Vec<ActorId>,
    missions: Vec<MissionId>,
    /// Row-major: `values[row * missions.len() + column]`.
    values: Vec<u64>,
}

impl TwoModeMatrix {
    /// The rows.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let m = actor_mission_matrix(&data, date);
    /// assert_eq!(m.actors().len(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn actors(&self) -> &[ActorId] {
        &self.actors
    }

    /// The columns.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let m = actor_mission_matrix(&data, date);
    /// assert_eq!(m.missions().iter().map(|x| x.as_str()).collect::<Vec<_>>(), ["UNMIL"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn missions(&self) -> &[MissionId] {
        &self.missions
    }

    /// The personnel of `actor` in `mission`: `None` if either is not in the matrix.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let m = actor_mission_matrix(&data, date);
    /// assert_eq!(m.value("GHA", "UNMIL"), Some(700));
    /// assert_eq!(m.value("AU", "UNMIL"), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn value(&self, actor: &str, mission: &str) -> Option<u64> {
        let i = self.actors.iter().position(|a| a.as_str() == actor)?;
        let j = self.missions.iter().position(|m| m.as_str() == mission)?;
        Some(self.values[i * self.missions.len() + j])
    }

    /// The row of `actor`, one value per mission.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let m = actor_mission_matrix(&data, date);
    /// assert_eq!(m.row("GHA"), Some(&[700][..]));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn row(&self, actor: &str) -> Option<&[u64]> {
        let i = self.actors.iter().position(|a| a.as_str() == actor)?;
        let n = self.missions.len();
        Some(&self.values[i * n..(i + 1) * n])
    }

    /// The matrix as CSV: a header `actor,<mission ids...>`, then one line per actor.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let m = actor_mission_matrix(&data, date);
    /// assert_eq!(m.to_csv(), "actor,UNMIL\nGHA,700\nNGA,300\n");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn to_csv(&self) -> String {
        let mut out = String::from("actor");
        for m in &self.missions {
            out.push(',');
            out.push_str(&peacekeeping_core::csv_field(m.as_str()));
        }
        out.push('\n');
        for (i, a) in self.actors.iter().enumerate() {
            out.push_str(&peacekeeping_core::csv_field(a.as_str()));
            for v in &self.values[i * self.missions.len()..(i + 1) * self.missions.len()] {
                let _ = write!(out, ",{v}");
            }
            out.push('\n');
        }
        out
    }
}
