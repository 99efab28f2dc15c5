//! [`interoperability`]: a transparent score of how used two actors are to working
//! together, returned with every input it was computed from.

use std::collections::BTreeSet;

use peacekeeping_core::{
    ActorId, Dataset, FrictionId, LanguageCode, MissionId, PartnershipId, Period, Severity,
    TrainingId,
};

use crate::GraphError;
use crate::projection::monthly_deployments;

/// The weights of the interoperability score (see the formulas of [`interoperability`]).
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let only_memberships = InteroperabilityWeights::default().exercises(0.0).deployments(0.0).language(0.0).history(0.0);
/// let i = interoperability_with(&data, "GHA", "NGA", Period::between(Date::new(2013, 1, 1)?, date)?, only_memberships)?;
/// assert!((i.score - 0.2).abs() < 1e-12); // one shared organization of five
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq)]
#[non_exhaustive]
pub struct InteroperabilityWeights {
    /// Shared exercises and trainings.
    pub exercises: f64,
    /// Shared deployments.
    pub deployments: f64,
    /// Shared memberships.
    pub memberships: f64,
    /// A common official language.
    pub language: f64,
    /// Partnership history.
    pub history: f64,
    /// The friction penalty (subtracted).
    pub frictions: f64,
}

impl Default for InteroperabilityWeights {
    /// 0.20, 0.25, 0.15, 0.15, 0.25, and 0.25 for the penalty.
    fn default() -> Self {
        InteroperabilityWeights {
            exercises: 0.20,
            deployments: 0.25,
            memberships: 0.15,
            language: 0.15,
            history: 0.25,
            frictions: 0.25,
        }
    }
}

setters!(InteroperabilityWeights {
    exercises: f64,
    deployments: f64,
    memberships: f64,
    language: f64,
    history: f64,
    frictions: f64,
});

impl InteroperabilityWeights {
    /// Each weight with its name, for the check of [`interoperability_with`] and its
    /// error: the five positive components, then the friction penalty.
    fn named(&self) -> [(&'static str, f64); 6] {
        [
            ("exercises", self.exercises),
            ("deployments", self.deployments),
            ("memberships", self.memberships),
            ("language", self.language),
            ("history", self.history),
            ("frictions", self.frictions),
        ]
    }
}

/// What an interoperability score was computed from.
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let i = interoperability(&data, "GHA", "NGA", Period::between(Date::new(2013, 1, 1)?, date)?)?;
/// assert_eq!(i.inputs.shared_missions.iter().map(|m| m.as_str()).collect::<Vec<_>>(), ["UNMIL"]);
/// assert_eq!(i.inputs.shared_organizations.iter().map(|o| o.as_str()).collect::<Vec<_>>(), ["AU"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct InteroperabilityInputs {
    /// Trainings both took part in, by id.
    pub shared_trainings: Vec<TrainingId>,
    /// Missions both served in during the same month, by id.
    pub shared_missions: Vec<MissionId>,
    /// Organizations both are full or associate members of on the period's end, by id.
    pub shared_organizations: Vec<ActorId>,
    /// Official languages both have.
    pub common_languages: Vec<LanguageCode>,
    /// Partnerships both are parties to, started on or before the period's end, by id.
    pub partnerships: Vec<PartnershipId>,
    /// Years of those partnerships up to the period's end, summed.
    pub partnership_years: f64,
    /// Frictions counted, with their severity.
    pub frictions: Vec<(FrictionId, Severity)>,
}

/// Each component's value, in `[0, 1]`.
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let i = interoperability(&data, "GHA", "NGA", Period::between(Date::new(2013, 1, 1)?, date)?)?;
/// assert!((i.components.deployments - 1.0 / 3.0).abs() < 1e-12);
/// assert!((i.components.memberships - 0.2).abs() < 1e-12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Default)]
#[non_exhaustive]
pub struct InteroperabilityComponents {
    /// `min(shared trainings / 3, 1)`.
    pub exercises: f64,
    /// `min(shared missions / 3, 1)`.
    pub deployments: f64,
    /// `min(shared organizations / 5, 1)`.
    pub memberships: f64,
    /// 1 with a common language, else 0.
    pub language: f64,
    /// `min(partnership years / 10, 1)`.
    pub history: f64,
    /// `min(friction points / 4, 1)`, the penalty.
    pub frictions: f64,
}

/// An interoperability score with its inputs.
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let i = interoperability(&data, "GHA", "NGA", Period::between(Date::new(2013, 1, 1)?, date)?)?;
/// let expected = 0.25 / 3.0 + 0.15 * 0.2; // deployments, memberships
/// assert!((i.score - expected).abs() < 1e-12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Interoperability {
    /// The first actor.
    pub a: ActorId,
    /// The second actor.
    pub b: ActorId,
    /// The period.
    pub period: Period,
    /// The inputs.
    pub inputs: InteroperabilityInputs,
    /// The components.
    pub components: InteroperabilityComponents,
    /// The weights used.
    pub weights: InteroperabilityWeights,
    /// The score, in `[0, 1]`.
    pub score: f64,
}

/// The interoperability of `a` and `b` over `period`, with the default weights.
///
/// Over a closed period `P` ending on `end`, for actors `a` and `b`:
///
/// | component | input | component value in `[0, 1]` | default weight |
/// |---|---|---|---|
/// | exercises | trainings overlapping `P` that both organized or took part in (`n`) | `min(n / 3, 1)` | 0.20 |
/// | deployments | missions in which both had personnel in the same observed month of `P` (`n`; months as in [`co_deployment`](crate::co_deployment)) | `min(n / 3, 1)` | 0.25 |
/// | memberships | organizations of which both are full or associate members on `end` (`n`) | `min(n / 5, 1)` | 0.15 |
/// | language | official languages both have | 1 if any, else 0 | 0.15 |
/// | history | years both have been parties to the same partnerships, summed over those partnerships, from each one's start to its end or `end`, whichever is first (`y`) | `min(y / 10, 1)` | 0.25 |
/// | frictions (penalty) | frictions recorded in those partnerships, observed on or before `end`, naming `a` or `b` or no actor; points low 1, moderate 2, high 3, critical 4 (`f`) | `min(f / 4, 1)` | 0.25 |
///
/// `score = clamp(sum of weight x value over the five positive components / sum of their
/// weights - friction weight x penalty, 0, 1)`.
///
/// The caps (3 exercises, 3 missions, 5 organizations, 10 years, 4 friction points) are
/// judgement calls written down so they can be argued with; change the weights with
/// [`interoperability_with`]. The score is a summary for comparing pairs, not a
/// measurement: read the [`InteroperabilityInputs`] that come with it.
///
/// ```
/// use peacekeeping_core::*;
/// use peacekeeping_graph::interoperability;
///
/// let fr: LanguageCode = "fr".parse()?;
/// let mut b = Dataset::builder();
/// b.actor(Actor::state("SEN".parse()?, "Senegal")?.with_languages(vec![fr]))
///     .actor(Actor::state("FRA".parse()?, "France")?.with_languages(vec![fr]));
/// let data = b.build()?;
/// let year = Period::between(Date::new(2013, 1, 1)?, Date::new(2013, 12, 31)?)?;
/// let i = interoperability(&data, "SEN", "FRA", year)?;
/// assert_eq!(i.inputs.common_languages.len(), 1);
/// assert!((i.score - 0.15).abs() < 1e-12); // only the language component: 0.15 / 1.0
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// As [`interoperability_with`].
pub fn interoperability(
    data: &Dataset,
    a: &str,
    b: &str,
    period: Period,
) -> Result<Interoperability, GraphError> {
    interoperability_with(data, a, b, period, InteroperabilityWeights::default())
}

/// The interoperability of `a` and `b` over `period`, with the given weights.
///
/// ```
/// use peacekeeping_core::*;
/// use peacekeeping_graph::{interoperability_with, InteroperabilityWeights};
/// let mut b = Dataset::builder();
/// b.actor(Actor::state("SEN".parse()?, "Senegal")?).actor(Actor::state("FRA".parse()?, "France")?);
/// let data = b.build()?;
/// let year = Period::between(Date::new(2013, 1, 1)?, Date::new(2013, 12, 31)?)?;
/// let w = InteroperabilityWeights::default().language(1.0);
/// assert_eq!(interoperability_with(&data, "SEN", "FRA", year, w)?.score, 0.0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`GraphError::UnknownActor`] for an id that is not an actor;
/// [`GraphError::SameActor`] if `a` and `b` are the same;
/// [`GraphError::OngoingPeriod`] if `period` has no end;
/// [`GraphError::InvalidWeight`] for a negative or non-finite weight, or when the five
/// positive weights sum to 0 (`name` = `"sum"`).
pub fn interoperability_with(
    data: &Dataset,
    a: &str,
    b: &str,
    period: Period,
    weights: InteroperabilityWeights,
) -> Result<Interoperability, GraphError> {
    for (name, value) in weights.named() {
        if !value.is_finite() || value < 0.0 {
            return Err(GraphError::InvalidWeight { name, value });
        }
    }
    let w = &weights;
    // The weights of the five positive components (the penalty's stands apart).
    let positive: f64 = [
        w.exercises,
        w.deployments,
        w.memberships,
        w.language,
        w.history,
    ]
    .into_iter()
    .sum();
    if positive <= 0.0 || !positive.is_finite() {
        return Err(GraphError::InvalidWeight {
            name: "sum",
            value: positive,
        });
    }
    let actor_a = data.actor(a).ok_or_else(|| GraphError::UnknownActor {
        actor: a.to_owned(),
    })?;
    let actor_b = data.actor(b).ok_or_else(|| GraphError::UnknownActor {
        actor: b.to_owned(),
    })?;
    if actor_a.id == actor_b.id {
        return Err(GraphError::SameActor {
            actor: a.to_owned(),
        });
    }
    let end = period.end().ok_or(GraphError::OngoingPeriod { period })?;
    let (ida, idb) = (&actor_a.id, &actor_b.id);

    let mut inputs = InteroperabilityInputs::default();
    let mut trainings: Vec<TrainingId> = data
        .trainings_of(ida, period)
        .filter(|t| t.involves(idb))
        .map(|t| t.id.clone())
        .collect();
    trainings.sort();
    trainings.dedup();
    inputs.shared_trainings = trainings;

    let mut missions = BTreeSet::new();
    for month in monthly_deployments(data, period)? {
        for (mission, list) in month {
            let has = |x: &ActorId| list.iter().any(|(c, _)| c == x);
            if has(ida) && has(idb) {
                missions.insert(mission);
            }
        }
    }
    inputs.shared_missions = missions.into_iter().collect();

    let orgs = |x: &ActorId| -> BTreeSet<ActorId> {
        data.memberships_of(x, Period::day(end))
            .filter(|m| m.holds_on(end) && m.status.is_member())
            .map(|m| m.organization.clone())
            .collect()
    };
    inputs.shared_organizations = orgs(ida).intersection(&orgs(idb)).cloned().collect();

    let mut languages: Vec<LanguageCode> = actor_a
        .languages
        .iter()
        .filter(|l| actor_b.languages.contains(l))
        .cloned()
        .collect();
    languages.sort();
    languages.dedup();
    inputs.common_languages = languages;

    let mut partnerships: Vec<_> = data
        .partnerships()
        .iter()
        .filter(|p| p.involves(ida) && p.involves(idb) && p.period.start() <= end)
        .collect();
    partnerships.sort_by(|x, y| x.id.cmp(&y.id));
    let mut days = 0u64;
    let mut frictions = Vec::new();
    for p in &partnerships {
        let last = p.period.end().map_or(end, |e| e.min(end));
        days += u64::from(p.period.start().days_until(last).unsigned_abs()) + 1;
        for f in data.frictions_in(&p.id) {
            let names_them =
                f.actors.is_empty() || f.actors.contains(ida) || f.actors.contains(idb);
            if f.observed <= end && names_them {
                frictions.push((f.id.clone(), f.severity));
            }
        }
    }
    frictions.sort();
    frictions.dedup();
    inputs.partnerships = partnerships.iter().map(|p| p.id.clone()).collect();
    inputs.partnership_years = days as f64 / 365.25;
    inputs.frictions = frictions;

    let capped = |n: f64, cap: f64| (n / cap).min(1.0);
    let points: f64 = inputs
        .frictions
        .iter()
        .map(|(_, s)| severity_points(*s))
        .sum();
    let components = InteroperabilityComponents {
        exercises: capped(inputs.shared_trainings.len() as f64, 3.0),
        deployments: capped(inputs.shared_missions.len() as f64, 3.0),
        memberships: capped(inputs.shared_organizations.len() as f64, 5.0),
        language: if inputs.common_languages.is_empty() {
            0.0
        } else {
            1.0
        },
        history: capped(inputs.partnership_years, 10.0),
        frictions: capped(points, 4.0),
    };
    let c = &components;
    let weighted: f64 = [
        w.exercises * c.exercises,
        w.deployments * c.deployments,
        w.memberships * c.memberships,
        w.language * c.language,
        w.history * c.history,
    ]
    .into_iter()
    .sum();
    let score = (weighted / positive - w.frictions * c.frictions).clamp(0.0, 1.0);
    Ok(Interoperability {
        a: ida.clone(),
        b: idb.clone(),
        period,
        inputs,
        components,
        weights,
        score,
    })
}

/// Low 1, moderate 2, high 3, critical 4.
fn severity_points(s: Severity) -> f64 {
    match s {
        Severity::Low => 1.0,
        Severity::Moderate => 2.0,
        Severity::High => 3.0,
        // Critical, and any severity added later, weigh the most.
        _ => 4.0,
    }
}
