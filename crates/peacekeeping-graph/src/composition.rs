//! [`force_composition`]: who makes up a mission's force on a date, how concentrated and
//! how diverse it is.

use std::collections::BTreeMap;

use peacekeeping_core::{ActorId, Dataset, Date, Headcount, MissionId, Region};

use crate::GraphError;

/// One contributor's part of a force.
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let f = force_composition(&data, "UNMIL", date)?;
/// let first = &f.contributors()[0];
/// assert_eq!((first.actor.as_str(), first.personnel, first.share), ("GHA", 700, 0.7));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct ContributorShare {
    /// The contributor.
    pub actor: ActorId,
    /// Its region, if recorded.
    pub region: Option<Region>,
    /// Its personnel in the mission.
    pub personnel: u64,
    /// Its share of the mission's personnel, in (0, 1].
    pub share: f64,
}

/// The composition of a mission's force on a date (formulas: [`force_composition`]).
///
/// ```
/// # use peacekeeping_core::*;
/// # use peacekeeping_graph::*;
/// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
/// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
/// let f = force_composition(&data, "UNMIL", date)?;
/// assert_eq!(f.contributor_count(), 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
pub struct ForceComposition {
    mission: MissionId,
    date: Date,
    total: u64,
    headcount: Headcount,
    contributors: Vec<ContributorShare>,
}

impl ForceComposition {
    /// The mission.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let f = force_composition(&data, "UNMIL", date)?;
    /// assert_eq!(f.mission().as_str(), "UNMIL");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn mission(&self) -> &MissionId {
        &self.mission
    }

    /// The date asked.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let f = force_composition(&data, "UNMIL", date)?;
    /// assert_eq!(f.date(), date);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn date(&self) -> Date {
        self.date
    }

    /// The mission's total personnel (> 0).
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let f = force_composition(&data, "UNMIL", date)?;
    /// assert_eq!(f.total_personnel(), 1000);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn total_personnel(&self) -> u64 {
        self.total
    }

    /// The force by sex, all contributors and categories together: its
    /// [`female_share`](Headcount::female_share) is the women's share of the force, as the
    /// UN's gender statistics give it (`None` where a report does not give the sexes).
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// let mut b = Dataset::builder();
    /// b.mission(Mission::new("m".parse()?, "A mission", MissionKind::UnPeacekeeping,
    ///     Period::since(Date::new(2013, 7, 1)?)));
    /// // Synthetic: 95 men and 5 women in one contingent, 40 men and 10 women in another.
    /// for (who, men, women) in [("NPL", 95, 5), ("GHA", 40, 10)] {
    ///     b.actor(Actor::state(who.parse()?, who)?).contribution(Contribution::personnel(
    ///         who.parse()?, "m".parse()?, Date::new(2013, 12, 31)?,
    ///         Personnel::of(PersonnelCategory::Troops, Headcount::by_sex(men, women))));
    /// }
    /// let f = force_composition(&b.build()?, "m", Date::new(2013, 12, 31)?)?;
    /// assert_eq!(f.headcount(), Headcount::by_sex(135, 15));
    /// assert_eq!(f.headcount().female_share(), Some(0.1));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub const fn headcount(&self) -> Headcount {
        self.headcount
    }

    /// The contributors, largest first (ties by id).
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let f = force_composition(&data, "UNMIL", date)?;
    /// assert_eq!(f.contributors()[1].actor.as_str(), "NGA");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn contributors(&self) -> &[ContributorShare] {
        &self.contributors
    }

    /// The number of contributors with personnel.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let f = force_composition(&data, "UNMIL", date)?;
    /// assert_eq!(f.contributor_count(), 2);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn contributor_count(&self) -> usize {
        self.contributors.len()
    }

    /// The Herfindahl-Hirschman index `sum s_i^2`, in `[1/n, 1]`.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let f = force_composition(&data, "UNMIL", date)?;
    /// assert!((f.herfindahl() - 0.58).abs() < 1e-12); // 0.7² + 0.3²
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn herfindahl(&self) -> f64 {
        self.contributors.iter().map(|c| c.share * c.share).sum()
    }

    /// Shannon diversity over contributors, `-sum s_i ln s_i`, in `[0, ln n]`.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let f = force_composition(&data, "UNMIL", date)?;
    /// let h = -(0.7f64 * 0.7f64.ln() + 0.3 * 0.3f64.ln());
    /// assert!((f.shannon_by_contributor() - h).abs() < 1e-12);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn shannon_by_contributor(&self) -> f64 {
        shannon(self.contributors.iter().map(|c| c.share))
    }

    /// Each region's share of the personnel (`None`: contributors without a region), by
    /// region.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let f = force_composition(&data, "UNMIL", date)?;
    /// assert_eq!(f.region_shares().get(&Some(Region::Africa)), Some(&1.0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn region_shares(&self) -> BTreeMap<Option<Region>, f64> {
        let mut by_region: BTreeMap<Option<Region>, u64> = BTreeMap::new();
        for c in &self.contributors {
            *by_region.entry(c.region).or_default() += c.personnel;
        }
        by_region
            .into_iter()
            .map(|(r, p)| (r, p as f64 / self.total as f64))
            .collect()
    }

    /// Shannon diversity over regions, `-sum r_j ln r_j` with `r_j` each region's share.
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let f = force_composition(&data, "UNMIL", date)?;
    /// assert_eq!(f.shannon_by_region(), 0.0); // both from Africa
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn shannon_by_region(&self) -> f64 {
        shannon(self.region_shares().into_values())
    }

    /// The share of the `k` largest contributors (all of them if fewer; 0 for `k = 0`).
    ///
    /// ```
    /// # use peacekeeping_core::*;
    /// # use peacekeeping_graph::*;
    /// # let (data, date) = peacekeeping_testkit::unmil_2013()?;
    /// // `data`: Ghana (700 troops in UNMIL) and Nigeria (300), both in the AU; `date`: 2013-12-31.
    /// let f = force_composition(&data, "UNMIL", date)?;
    /// assert_eq!((f.top_share(1), f.top_share(5)), (0.7, 1.0));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn top_share(&self, k: usize) -> f64 {
        let top: u64 = self.contributors.iter().take(k).map(|c| c.personnel).sum();
        top as f64 / self.total as f64
    }
}

fn shannon(shares: impl Iterator<Item = f64>) -> f64 {
    // Shares are > 0 by construction; `0 ln 0 = 0` would be the limit otherwise.
    let h: f64 = shares.filter(|&s| s > 0.0).map(|s| -s * s.ln()).sum();
    // A single share of exactly 1 gives -0.0: report it as 0.
    h.max(0.0)
}

/// The force composition of `mission` on `date`, from the mission's latest personnel
/// report on or before the date ([`Dataset::deployments_in`]).
///
/// With `s_i` the share of contributor `i` in the mission's total personnel:
///
/// - **Herfindahl-Hirschman index** `HHI = sum s_i^2`, from `1/n` (n equal contributors)
///   to 1 (a single contributor); multiply by 10,000 for the antitrust scale.
/// - **Shannon diversity** `H = -sum s_i ln s_i` (natural logarithm), from 0 (a single
///   contributor) to `ln n`; the same over regions, with contributors grouped by their
///   [`Region`] (contributors without a recorded region form one "unknown" group).
/// - **Top-k share**: the share of the `k` largest contributors (ties broken by id).
///
/// ```
/// use peacekeeping_core::*;
/// use peacekeeping_graph::force_composition;
///
/// let mut b = Dataset::builder();
/// b.mission(Mission::new("UNMISS".parse()?, "UNMISS", MissionKind::UnPeacekeeping, Period::since(Date::new(2011, 7, 9)?)));
/// for (who, n) in [("NPL", 600), ("BGD", 200), ("IND", 200)] {
///     b.actor(Actor::state(who.parse()?, who)?.with_region(Region::Asia))
///         .contribution(Contribution::personnel(who.parse()?, "UNMISS".parse()?, Date::new(2013, 12, 31)?,
///             Personnel::of(PersonnelCategory::Troops, Headcount::total_only(n))));
/// }
/// let data = b.build()?;
/// let f = force_composition(&data, "UNMISS", Date::new(2013, 12, 31)?)?;
/// assert_eq!(f.contributor_count(), 3);
/// assert!((f.herfindahl() - 0.44).abs() < 1e-12); // 0.6² + 0.2² + 0.2²
/// assert_eq!(f.shannon_by_region(), 0.0);          // all from Asia
/// assert!((f.top_share(1) - 0.6).abs() < 1e-12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`GraphError::UnknownMission`] if no mission has this id;
/// [`GraphError::MissionNotActive`] if it is not active on `date`;
/// [`GraphError::NoPersonnel`] if no personnel is reported as of `date` (shares would be
/// undefined).
pub fn force_composition(
    data: &Dataset,
    mission: &str,
    date: Date,
) -> Result<ForceComposition, GraphError> {
    let Some(m) = data.mission(mission) else {
        return Err(GraphError::UnknownMission {
            mission: mission.to_owned(),
        });
    };
    if !m.is_active_on(date) {
        return Err(GraphError::MissionNotActive {
            mission: mission.to_owned(),
            date,
        });
    }
    let mut by_actor: BTreeMap<&ActorId, u64> = BTreeMap::new();
    let mut headcount = Headcount::default();
    for d in data.deployments_in(mission, date) {
        *by_actor.entry(d.contributor).or_default() += d.personnel.total();
        headcount += d.personnel.all();
    }
    let total: u64 = by_actor.values().sum();
    if total == 0 {
        return Err(GraphError::NoPersonnel {
            mission: mission.to_owned(),
            date,
        });
    }
    let mut contributors: Vec<ContributorShare> = by_actor
        .into_iter()
        .filter(|&(_, p)| p > 0)
        .map(|(a, p)| ContributorShare {
            actor: a.clone(),
            region: data.actor(a).and_then(|x| x.region),
            personnel: p,
            share: p as f64 / total as f64,
        })
        .collect();
    contributors.sort_by(|a, b| b.personnel.cmp(&a.personnel).then(a.actor.cmp(&b.actor)));
    Ok(ForceComposition {
        mission: m.id.clone(),
        date,
        total,
        headcount,
        contributors,
    })
}
